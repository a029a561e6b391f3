import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkData, loadData, loadTemplate, type Template } from "../../src/index.js";
import { nextPeriod } from "../../src/data/next-period.js";
import { autofill } from "../helpers/autofill.js";
import { EXAMPLE, SEED, tempDir, xfill } from "../helpers/cli.js";

/** The kinds that carry over, written here by hand rather than read from the code under test. */
const NAMES = ["county", "place", "person", "name"];

function leaf(obj: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

/** Every field's value in the old and the new file, and the inline comment on the new line. */
function expectNextPeriod(template: Template, lastText: string, nextText: string): void {
  const last = parse(lastText);
  const next = parse(nextText);
  const lines = nextText.split("\n");
  let emptied = 0;
  for (const f of template.fields) {
    const before = leaf(last, f.key);
    const after = leaf(next, f.key);
    if (NAMES.includes(f.kind)) expect(after, f.key).toEqual(before);
    else {
      expect(after, f.key).toBeNull();
      const name = f.key.split(".").at(-1)!;
      const line = lines.find((l) => new RegExp(`^\\s*${name}:`).test(l) && l.includes(`# 上期：${String(before)}`));
      expect(line, `${f.key}: 上期 comment with ${String(before)}`).toBeDefined();
      emptied++;
    }
  }
  expect(emptied).toBeGreaterThan(0);
  // Comment lines the clerk had are all still there.
  // (init -o puts the schema modeline for editors first; it is not the clerk's.)
  const comments = (t: string) =>
    t.split("\n").filter((l) => l.trim().startsWith("#") && !l.startsWith("# yaml-language-server:"));
  expect(comments(nextText)).toEqual(comments(lastText));
}

describe("init --from (next period)", async () => {
  const loaded = await loadTemplate("county-plenary-speech", { render: false });
  if (!loaded.ok) throw new Error("template");
  const template = loaded.template;

  it("API: on the complete example, empties exactly the figure-like kinds and keeps the names", () => {
    const text = readFileSync(EXAMPLE, "utf8");
    const next = nextPeriod(template, loadData(text, EXAMPLE), (v) => `上期：${v}`);
    expectNextPeriod(template, text, next.text);
    expect(parse(next.text).document.speaker).toBe(parse(text).document.speaker);
    expect(parse(next.text).document.date).toBeNull();
    // What check now says: every emptied field unfilled, nothing invalid.
    const result = checkData(template, loadData(next.text, "n.yaml"));
    expect(result.invalid).toEqual([]);
    expect(result.unfilled.map((d) => d.key).sort()).toEqual(next.emptied.filter((k) => template.byKey.has(k)).sort());
  });

  it("keeps an inline comment the clerk wrote after a figure", () => {
    const text = "county: 秦川\nreview:\n  economy:\n    industrialOutput: 42.36  # 统计局6月数\n";
    const next = nextPeriod(template, loadData(text, "x.yaml"), (v) => `上期：${v}`);
    expect(next.text).toBe("county: 秦川\nreview:\n  economy:\n    industrialOutput:  # 上期：42.36；统计局6月数\n");
  });

  it("CLI: writes the file and says how many were kept and emptied", () => {
    const dir = tempDir();
    const out = join(dir, "下期.yaml");
    const r = xfill(["init", "county-plenary-speech", "--from", EXAMPLE, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/保留 \d+ 项名称，清空 \d+ 项/);
    expectNextPeriod(template, readFileSync(EXAMPLE, "utf8"), readFileSync(out, "utf8"));
    const check = xfill(["check", "county-plenary-speech", out, "--json"]);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).invalid).toEqual([]);
  });

  it("CLI: a broken last-period file is refused with its place, exit 2, nothing written", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "坏.yaml"), "county: 秦川\nreview:\n  economy：\n    industrialOutput: 1\n");
    const r = xfill(["init", "county-plenary-speech", "--from", join(dir, "坏.yaml"), "-o", join(dir, "n.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("坏.yaml:3");
    expect(() => readFileSync(join(dir, "n.yaml"))).toThrow();
  });

  it("CLI: works on an imported template, by the fields' kinds", async () => {
    const dir = tempDir();
    expect(xfill(["import", SEED, "-o", join(dir, "tpl")]).code).toBe(0);
    const imported = await loadTemplate(join(dir, "tpl"), { render: false });
    if (!imported.ok) throw new Error("imported template does not load");
    const last = autofill(imported.template).text;
    writeFileSync(join(dir, "上期.yaml"), last);
    const r = xfill(["init", join(dir, "tpl"), "--from", join(dir, "上期.yaml"), "-o", join(dir, "本期.yaml")]);
    expect(r.code).toBe(0);
    expectNextPeriod(imported.template, last, readFileSync(join(dir, "本期.yaml"), "utf8"));
  });
});
