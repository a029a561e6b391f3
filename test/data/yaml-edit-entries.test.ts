import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  addEntry,
  commentsAbove,
  removeEntry,
  renameKey,
  setInlineComment,
  setScalar,
  type YamlEditResult,
} from "../../src/data/yaml-edit.js";

const FILE = `# 数据文件（手写的说明）

county: 秦川  # 不带“县”字

review:  # 上半年工作回顾
  economy:
    # 规模工业总产值（单位：亿元）
    industrialOutput: 42.36  # 统计局 6 月数
    growth:   # 还没出来
    name: "秦川产业园"
  people:
    secretary: 王某
`;

function ok(r: YamlEditResult): string {
  if (!r.ok) throw new Error(r.diagnostics[0]!.code);
  return r.text;
}

describe("setInlineComment", () => {
  it("replaces the comment after a value, keeping the value and every other character", () => {
    const out = ok(setInlineComment(FILE, ["review", "economy", "industrialOutput"], "上期：42.36"));
    expect(out).toBe(FILE.replace("42.36  # 统计局 6 月数", "42.36  # 上期：42.36"));
  });

  it("gives a function the comment already there, on a filled and on an empty value", () => {
    const a = ok(setInlineComment(FILE, ["review", "economy", "industrialOutput"], (old) => `上期：42.36；${old}`));
    expect(a).toContain("    industrialOutput: 42.36  # 上期：42.36；统计局 6 月数\n");
    const b = ok(setInlineComment(FILE, ["review", "economy", "growth"], (old) => `[${old}]`));
    expect(b).toContain("    growth:  # [还没出来]\n");
    const c = ok(setInlineComment(FILE, ["county"], ""));
    expect(c).toContain("\ncounty: 秦川\n");
  });

  it("after clearing a value (init --from), keeps CRLF line ends", () => {
    const crlf = FILE.replace(/\n/g, "\r\n");
    const cleared = ok(setScalar(crlf, ["review", "economy", "industrialOutput"], null));
    const out = ok(setInlineComment(cleared, ["review", "economy", "industrialOutput"], "上期：42.36"));
    expect(out).toBe(crlf.replace("industrialOutput: 42.36  # 统计局 6 月数", "industrialOutput:  # 上期：42.36"));
  });
});

describe("addEntry", () => {
  it("adds a key (with comment lines) after a named sibling, at the siblings' indentation", () => {
    const out = ok(
      addEntry(FILE, ["review", "economy", "newField"], null, { after: "industrialOutput", commentLines: ["新字段"] }),
    );
    expect(out).toContain("    industrialOutput: 42.36  # 统计局 6 月数\n    # 新字段\n    newField:\n    growth:");
  });

  it("adds before a named sibling, above that sibling's comments", () => {
    const out = ok(addEntry(FILE, ["review", "economy", "first"], "1", { before: "industrialOutput", comment: "新" }));
    expect(out).toContain("  economy:\n    first: 1  # 新\n    # 规模工业总产值");
  });

  it("adds the mappings on the way, at the end of the parent by default", () => {
    const out = ok(addEntry(FILE, ["review", "goals", "target"], "8"));
    expect(parse(out).review.goals.target).toBe(8);
    expect(out.startsWith(FILE)).toBe(true);
  });

  it("adds under a group that has no keys yet, and into an empty file", () => {
    expect(ok(addEntry("a:\nb: 1\n", ["a", "x"], "2"))).toBe("a:\n  x: 2\nb: 1\n");
    expect(ok(addEntry("# only a comment\n", ["a", "b"], "1"))).toBe("# only a comment\na:\n  b: 1\n");
  });

  it("refuses an existing key, a flow mapping, broken YAML", () => {
    expect(addEntry(FILE, ["county"], "x")).toEqual({
      ok: false,
      diagnostics: [{ code: "edit-exists", severity: "error", key: "county" }],
    });
    expect(addEntry("a: {b: 1}\n", ["a", "c"], "1")).toEqual({
      ok: false,
      diagnostics: [{ code: "edit-flow-mapping", severity: "error", key: "a" }],
    });
    expect(addEntry("a: [1\n", ["b"], "1")).toEqual({
      ok: false,
      diagnostics: [{ code: "edit-yaml-error", severity: "error" }],
    });
  });
});

describe("removeEntry, renameKey, commentsAbove", () => {
  it("removes an entry with the comments directly above it and returns them", () => {
    const r = removeEntry(FILE, ["review", "economy", "industrialOutput"]);
    if (!r.ok) throw new Error(r.diagnostics[0]!.code);
    expect(r.removed).toBe("    # 规模工业总产值（单位：亿元）\n    industrialOutput: 42.36  # 统计局 6 月数\n");
    expect(r.text).toBe(FILE.replace(r.removed, ""));
  });

  it("removes a whole group", () => {
    const r = removeEntry(FILE, ["review", "people"]);
    if (!r.ok) throw new Error(r.diagnostics[0]!.code);
    expect(parse(r.text).review.people).toBeUndefined();
    expect(r.removed).toBe("  people:\n    secretary: 王某\n");
  });

  it("renames a key in place", () => {
    const r = renameKey(FILE, ["review", "economy", "growth"], "outputGrowth");
    expect(r.ok && r.text).toBe(FILE.replace("growth:", "outputGrowth:"));
  });

  it("reads the comment lines above a key", () => {
    expect(commentsAbove(FILE, ["review", "economy", "industrialOutput"])).toEqual(["规模工业总产值（单位：亿元）"]);
    expect(commentsAbove(FILE, ["review", "economy", "growth"])).toEqual([]);
  });

  it("on the complete example: removing any one entry leaves every other value and comment line", () => {
    const text = readFileSync(new URL("../../examples/秦川县.yaml", import.meta.url), "utf8");
    const original = parse(text);
    const paths: string[][] = [];
    const walk = (o: Record<string, unknown>, p: string[]) => {
      for (const [k, v] of Object.entries(o))
        v && typeof v === "object" ? walk(v as Record<string, unknown>, [...p, k]) : paths.push([...p, k]);
    };
    walk(original, []);
    expect(paths.length).toBeGreaterThan(60);
    const lines = (t: string) => t.split("\n").filter((l) => l.trim() !== "");
    for (const p of paths) {
      const r = removeEntry(text, p);
      if (!r.ok) throw new Error(r.diagnostics[0]!.code);
      const expected = structuredClone(original);
      let o = expected;
      for (const k of p.slice(0, -2)) o = o[k];
      const parent = p.length > 1 ? o[p[p.length - 2]!] : o;
      delete parent[p[p.length - 1]!];
      // A group left with nothing in it reads as `group:` — empty.
      if (p.length > 1 && Object.keys(parent).length === 0) o[p[p.length - 2]!] = null;
      expect(parse(r.text), p.join(".")).toEqual(expected);
      expect(lines(r.text).length + lines(r.removed).length).toBe(lines(text).length);
    }
  });
});
