import { describe, expect, test } from "vitest";
import { checkDataFile, checkToJson, loadTemplate, type Template } from "../../src/index.js";
import { HALF_EXAMPLE, xfill } from "../helpers/cli.js";

async function builtin(): Promise<Template> {
  const loaded = await loadTemplate("county-plenary-speech");
  if (!loaded.ok) throw new Error("built-in template does not load");
  return loaded.template;
}

describe("the half-filled example's check report", () => {
  test("codes and positions of every invalid and unknown entry; the unfilled ones counted and their codes", async () => {
    const template = await builtin();
    const outcome = await checkDataFile(template, HALF_EXAMPLE);
    if (!outcome.ok) throw new Error("could not read the example");
    const report = checkToJson(template, HALF_EXAMPLE, outcome.result, "zh");
    const brief = (e: { key: string; code: string; line: number; column: number }) =>
      `${e.code} ${e.key} ${e.line}:${e.column}`;
    expect(report.complete).toBe(false);
    expect(report.invalid.map(brief)).toEqual([
      "county-suffix county 41:9",
      "impossible-date review.epidemic.noNewSuspectedSince 62:26",
      "not-number review.economy.industrialOutput 67:23",
      "not-positive review.economy.retailSalesRank 107:22",
      "not-integer reform.taskCategories 223:19",
    ]);
    expect(report.unknown.map(brief)).toEqual(["unknown-key economy.newScaleEnterpriseTarget 194:3"]);
    expect(report.unknown[0]!.suggestion).toBe("economy.newScaleEnterprisesTarget");
    expect(report.unfilled).toHaveLength(22);
    const missing = report.unfilled.find((e) => e.key === "economy.newScaleEnterprisesTarget")!;
    expect(missing.code).toBe("missing-key");
    expect(report.unfilled.filter((e) => e.code === "unfilled").map((e) => e.found)).toEqual(
      expect.arrayContaining(["X", "待填", ""]),
    );
    expect(report.invalid.find((e) => e.key === "review.economy.industrialOutput")!.message).toBe(
      "“1-5月规模工业总产值”应填写数字，如 12.30，实际是“约42”",
    );
  });

  test("check --json through the CLI: exit 1 and the design's shape", () => {
    const r = xfill(["check", "county-plenary-speech", HALF_EXAMPLE, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["complete", "unfilled", "invalid", "unknown"]));
    for (const e of [...json.unfilled, ...json.invalid, ...json.unknown]) {
      expect(e).toEqual(
        expect.objectContaining({
          key: expect.any(String),
          label: expect.any(String),
          file: HALF_EXAMPLE,
          line: expect.any(Number),
          column: expect.any(Number),
          message: expect.any(String),
        }),
      );
    }
  });

  test("human output: grouped by section, the sentence of the speech, and the summary line", () => {
    const r = xfill(["check", "county-plenary-speech", HALF_EXAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("【上半年工作回顾】");
    expect(r.stdout).toContain("讲话原文：1-5月，全县规模工业总产值［X］亿元，增速X%，位居全市第X位；");
    expect(r.stdout.trim().split("\n").at(-1)).toBe("还有 22 项未填，5 项有误，1 项不认识（共 69 项）");
  });
});
