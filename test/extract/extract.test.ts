import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkData, loadData, loadTemplate, renderDataFile, type Template } from "../../src/index.js";
import { extractValues } from "../../src/extract/extract-values.js";
import { extractedDataFile } from "../../src/extract/extracted-data-file.js";
import { readDocxText } from "../../src/ooxml/read-docx-text.js";
import { autofill } from "../helpers/autofill.js";
import { EXAMPLE, tempDir, xfill } from "../helpers/cli.js";

const loaded = await loadTemplate("county-plenary-speech");
if (!loaded.ok) throw new Error("template");
const template = loaded.template;

/** What each field prints as in the speech, by check: the values are "the same" when these are. */
function printed(t: Template, text: string): Map<string, string | undefined> {
  const result = checkData(t, loadData(text, "d.yaml"));
  return new Map(result.fields.map((s) => [s.field.key, s.text]));
}

async function rendered(dataText: string, format: "txt" | "md" | "docx"): Promise<string> {
  const dir = tempDir();
  const path = join(dir, "d.yaml");
  writeFileSync(path, dataText);
  const out = await renderDataFile(template, path, "final", format);
  if (!out.ok) throw new Error("not rendered");
  if (typeof out.bytes === "string") return out.bytes;
  const read = readDocxText(out.bytes);
  if (!read.ok) throw new Error("docx");
  return read.text;
}

const SOURCES = [
  ["the complete example", readFileSync(EXAMPLE, "utf8")],
  ["a fully auto-filled data file", autofill(template).text],
] as const;

describe("extract: values back from a finished document", () => {
  for (const [name, data] of SOURCES) {
    for (const format of ["txt", "md", "docx"] as const) {
      it(`${name}, rendered to ${format}: every field comes back with the same value`, async () => {
        const fields = await extractValues(template, await rendered(data, format), format);
        expect(fields.filter((f) => !f.ok).map((f) => f.field.key)).toEqual([]);
        const out = extractedDataFile(template, fields, "zh");
        const result = checkData(template, loadData(out, "x.yaml"));
        expect(result.complete).toBe(true);
        expect(printed(template, out)).toEqual(printed(template, data));
      });
    }
  }

  it("one sentence edited around a blank: that field alone is left empty, with the reason and the sentence", async () => {
    const text = await rendered(readFileSync(EXAMPLE, "utf8"), "txt");
    const edited = text
      .replace("全县规模工业总产值42.36亿元", "全县规模以上工业总产值42.36亿元")
      // An edit far from any blank changes nothing.
      .replace("全力以赴复工复产。", "全力以赴复工复产、达产达效。");
    expect(edited).not.toBe(text);
    const fields = await extractValues(template, edited, "txt");
    const missing = fields.filter((f) => !f.ok);
    expect(missing.map((f) => f.field.key)).toEqual(["review.economy.industrialOutput"]);
    const m = missing[0]!;
    if (m.ok) throw new Error();
    expect(m.problem).toBe("edited");
    expect(m.sentence).toContain("全县规模以上工业总产值42.36亿元");

    const out = extractedDataFile(template, fields, "zh");
    expect(parse(out).review.economy.industrialOutput).toBeNull();
    const lines = out.split("\n");
    const at = lines.findIndex((l) => /^\s*industrialOutput:/.test(l));
    const above = lines.slice(at - 3, at).join("\n");
    expect(above).toContain("这一句在成稿里改过");
    expect(above).toContain("成稿原句：");
    expect(above).toContain("规模以上工业总产值42.36亿元");
    const result = checkData(template, loadData(out, "x.yaml"));
    expect(result.unfilled.map((d) => d.key)).toEqual(["review.economy.industrialOutput"]);
    expect(result.invalid).toEqual([]);
  });

  it("a word added right at the blank makes the value invalid: left empty, never guessed", async () => {
    const text = await rendered(readFileSync(EXAMPLE, "utf8"), "txt");
    const fields = await extractValues(template, text.replace("总产值42.36亿元", "总产值约42.36亿元"), "txt");
    const bad = fields.filter((f) => !f.ok);
    expect(bad.map((f) => [f.field.key, !f.ok && f.problem, !f.ok && f.found])).toEqual([
      ["review.economy.industrialOutput", "invalid", "约42.36"],
    ]);
  });

  it("a deleted sentence: its fields are reported not found; a county name changed in one place is a conflict", async () => {
    const text = await rendered(readFileSync(EXAMPLE, "utf8"), "txt");
    const sentence = /[^。\n]*规模工业总产值[^。\n]*。/.exec(text)![0];
    const fields = await extractValues(template, text.replace(sentence, "").replace("秦川县", "秦州县"), "txt");
    const bad = new Map(fields.filter((f) => !f.ok).map((f) => [f.field.key, !f.ok && f.problem]));
    expect(bad.get("review.economy.industrialOutput")).toMatch(/not-found|edited/);
    expect(bad.get("county")).toBe("conflict");
    expect(bad.has("meeting.countyTerm")).toBe(false);
  });
});

describe("extract CLI", () => {
  it("from a .docx: writes the data file, exit 0, and check finds it complete", () => {
    const dir = tempDir();
    const docx = join(dir, "去年.docx");
    expect(xfill(["render", "county-plenary-speech", EXAMPLE, "-o", docx]).code).toBe(0);
    const r = xfill(["extract", "county-plenary-speech", docx, "-o", join(dir, "取回.yaml")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("全部从成稿取出");
    expect(xfill(["check", "county-plenary-speech", join(dir, "取回.yaml")]).code).toBe(0);
  });

  it("from an edited .txt: exit 1, the field named with its reason, the rest filled", () => {
    const dir = tempDir();
    const txt = join(dir, "去年.txt");
    expect(xfill(["render", "county-plenary-speech", EXAMPLE, "-o", txt]).code).toBe(0);
    writeFileSync(
      txt,
      readFileSync(txt, "utf8").replace("全县规模工业总产值42.36亿元", "全县规模以上工业总产值42.36亿元"),
    );
    const r = xfill(["extract", "county-plenary-speech", txt, "-o", join(dir, "取回.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1-5月规模工业总产值（review\.economy\.industrialOutput）：.*改过/);
    const check = JSON.parse(xfill(["check", "county-plenary-speech", join(dir, "取回.yaml"), "--json"]).stdout);
    expect(check.unfilled.map((u: { key: string }) => u.key)).toEqual(["review.economy.industrialOutput"]);
  });
});
