import { describe, expect, test } from "vitest";
import { renderDocx } from "../../src/render/formats/docx.js";
import { effectiveParagraphs, isOn } from "./effective-format.js";
import { SPEECH, unzipDocx } from "./helpers.js";

// The GB/T 9704 layout as Word will show it, whatever mix of styles and direct formatting expresses it.
const parts = unzipDocx(await renderDocx(SPEECH, { county: "青川", speaker: "张建国", date: "2020年7月15日" }));
const paras = effectiveParagraphs(parts["word/document.xml"]!, parts["word/styles.xml"]!);
const HEADING = /^[一二三四五六七八九十]+、/;
const body = paras.slice(1).filter((p) => [...p.text].length > 60 && !HEADING.test(p.text));
const headings = paras.filter((p) => HEADING.test(p.text) && [...p.text].length < 60);
const font = (r: Record<string, string>) => r["rFonts.eastAsia"] ?? "";

describe("the filled seed speech, formatting resolved through styles", () => {
  test("the title: centred, 二号 (44 half-points), 方正小标宋简体", () => {
    const [title] = paras;
    expect(title!.text).toBe("在县委十五届七次全会上的讲话");
    expect(title!.p["jc.val"]).toBe("center");
    for (const run of title!.runs) expect([run.r["sz.val"], font(run.r)]).toEqual(["44", "方正小标宋简体"]);
  });

  test("body paragraphs: 仿宋, 三号 (32 half-points), first line indented 640 twips, exact 28.95 pt lines", () => {
    expect(body.length).toBeGreaterThan(20);
    const wrong = body.filter(
      (p) =>
        p.runs.some((run) => run.r["sz.val"] !== "32" || !font(run.r).includes("仿宋")) ||
        p.p["ind.firstLine"] !== "640" ||
        p.p["spacing.lineRule"] !== "exact" ||
        p.p["spacing.line"] !== "579",
    );
    expect(wrong.map((p) => p.text.slice(0, 12))).toEqual([]);
  });

  test("the five 一、 headings are 黑体 and not bold", () => {
    expect(headings).toHaveLength(5);
    for (const h of headings)
      for (const run of h.runs) expect([font(run.r), isOn(run.r["b.val"])], h.text).toEqual(["黑体", false]);
  });

  test("each 一是…。 lead phrase is bold and set apart from the rest of its paragraph, which is not", () => {
    const leads = body.filter((p) => /^[一二三四五六七八九十]是/.test(p.text));
    expect(leads.length).toBeGreaterThan(5);
    for (const p of leads) {
      expect(p.runs.length, p.text).toBeGreaterThan(1);
      expect(isOn(p.runs[0]!.r["b.val"]), p.runs[0]!.text).toBe(true);
      expect(
        p.runs.slice(1).some((run) => isOn(run.r["b.val"])),
        p.text,
      ).toBe(false);
    }
  });

  test("a footer holds the PAGE field", () => {
    const footers = Object.keys(parts).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.some((n) => /PAGE/.test(parts[n]!))).toBe(true);
  });
});
