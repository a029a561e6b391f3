import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildSkeleton, checkData, loadData, loadTemplate } from "../../src/index.js";
import { setScalar, setScalars, yamlScalarText } from "../../src/data/yaml-edit.js";
import { EXAMPLE } from "../helpers/cli.js";

const edit = (text: string, path: string, value: string | null) => {
  const r = setScalar(text, path.split("."), value);
  if (!r.ok) throw new Error(`edit refused: ${r.diagnostics[0]!.code}`);
  return r.text;
};
const sourceOf = (text: string, key: string) => loadData(text, "t.yaml").entries.get(key)?.source;

describe("setScalar keeps everything but the value", () => {
  const text = '# head\n\na:  # 章节\n  # 注释\n  b: 1  # 行内\n\n  c:   # 空的\n  d: "q"\ne: x\n';
  test.each([
    ["a.b", "12.30", '# head\n\na:  # 章节\n  # 注释\n  b: 12.30  # 行内\n\n  c:   # 空的\n  d: "q"\ne: x\n'],
    ["a.c", "3月15日", '# head\n\na:  # 章节\n  # 注释\n  b: 1  # 行内\n\n  c: 3月15日   # 空的\n  d: "q"\ne: x\n'],
    ["a.b", "", '# head\n\na:  # 章节\n  # 注释\n  b:  # 行内\n\n  c:   # 空的\n  d: "q"\ne: x\n'],
    ["a.d", "秦川", "# head\n\na:  # 章节\n  # 注释\n  b: 1  # 行内\n\n  c:   # 空的\n  d: 秦川\ne: x\n"],
    ["a.f", "7", '# head\n\na:  # 章节\n  # 注释\n  b: 1  # 行内\n\n  c:   # 空的\n  d: "q"\n  f: 7\ne: x\n'],
    [
      "g.h.i",
      "7",
      '# head\n\na:  # 章节\n  # 注释\n  b: 1  # 行内\n\n  c:   # 空的\n  d: "q"\ne: x\ng:\n  h:\n    i: 7\n',
    ],
  ])("%s = %j", (path, value, want) => {
    expect(edit(text, path, value)).toBe(want);
  });

  test("values that would read back differently are quoted", () => {
    for (const v of [
      "a: b",
      "x # y",
      "null",
      "~",
      " 12",
      "#1",
      "[1]",
      "- 1",
      "'q",
      '"q',
      "12\n13",
      "&a",
      "*b",
      "{x}",
      "%",
    ]) {
      const out = edit(text, "a.b", v);
      expect(sourceOf(out, "a.b"), v).toBe(v);
      expect(
        out.split("\n").filter((l) => !l.includes(" b:")),
        v,
      ).toEqual(text.split("\n").filter((l) => !l.includes(" b:")));
    }
    expect(yamlScalarText("12.30")).toBe("12.30");
    expect(yamlScalarText("a: b")).toBe('"a: b"');
  });

  test("CRLF files keep CRLF, also on added lines", () => {
    const crlf = "a:\r\n  b: 1\r\n";
    expect(edit(crlf, "a.c", "2")).toBe("a:\r\n  b: 1\r\n  c: 2\r\n");
    expect(edit(crlf, "a.b", "3")).toBe("a:\r\n  b: 3\r\n");
  });

  test("an empty key that should hold a mapping gets the rest of the path under it", () => {
    expect(edit("a:  # 章节\nz: 1\n", "a.b", "5")).toBe("a:  # 章节\n  b: 5\nz: 1\n");
  });

  test("empty and comment-only files", () => {
    expect(edit("", "a.b", "1")).toBe("a:\n  b: 1\n");
    expect(edit("# 只有注释", "a", "1")).toBe("# 只有注释\na: 1\n");
  });

  test("block scalars and flow mappings", () => {
    expect(edit("a: |\n  line\nb: 2\n", "a", "x")).toBe("a: x\nb: 2\n");
    expect(sourceOf(edit("a: {b: 1}  # c\n", "a.b", "2"), "a.b")).toBe("2");
  });

  test("refuses broken YAML and a scalar in the way", () => {
    expect(setScalar("a: [\n", ["a"], "1")).toMatchObject({ ok: false, diagnostics: [{ code: "edit-yaml-error" }] });
    expect(setScalar("a: 5\n", ["a", "b"], "1")).toMatchObject({
      ok: false,
      diagnostics: [{ code: "edit-not-mapping", key: "a" }],
    });
  });

  test("any value reads back exactly as given, and no other line changes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom("a.b", "a.c", "a.f", "e", "g.h"), (v, key) => {
        const out = edit(text, key, v);
        const got = sourceOf(out, key) ?? "";
        expect(got).toBe(v.trim() === "" && !/^\s+$/.test(v) ? "" : v);
        for (const line of text.split("\n"))
          if (!line.includes(` ${key.split(".").pop()}:`) && !line.startsWith(`${key.split(".").pop()}:`))
            expect(out).toContain(line);
      }),
      { numRuns: 300 },
    );
  });
});

test("filling the seed skeleton with the example's values: complete, every comment line kept in order", async () => {
  const loaded = await loadTemplate("county-plenary-speech", { render: false });
  if (!loaded.ok) throw new Error("template");
  const template = loaded.template;
  const skeleton = buildSkeleton(template, "zh");
  const example = loadData(readFileSync(EXAMPLE, "utf8"), "ex.yaml");
  const edits = template.fields.map((f) => ({ path: f.key.split("."), value: example.entries.get(f.key)!.source }));
  const r = setScalars(skeleton, edits);
  if (!r.ok) throw new Error(r.diagnostics[0]!.code);
  const result = checkData(template, loadData(r.text, "x.yaml"));
  expect(result.complete).toBe(true);
  const skeletonLines = skeleton.split("\n");
  const outLines = r.text.split("\n");
  expect(outLines.length).toBe(skeletonLines.length);
  skeletonLines.forEach((l, i) => {
    if (l.trimStart().startsWith("#") || l.trim() === "") expect(outLines[i]).toBe(l);
    else expect(outLines[i]!.startsWith(l)).toBe(true);
  });
});
