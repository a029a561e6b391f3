import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadTemplate } from "../../src/index.js";
import { SEED, tempDir, xfill } from "../helpers/cli.js";
import { SEED_LABELS } from "../helpers/seed.js";

const seedText = readFileSync(SEED, "utf8");
const seedSpeech = seedText.split("\n").slice(15).join("\n");

describe("scan through the CLI", () => {
  test("--json on the seed: the design's shape, 98 placeholders, 3+X ignored", () => {
    const r = xfill(["scan", SEED, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.file).toBe(SEED);
    expect(json.placeholders).toHaveLength(98);
    expect(Object.keys(json.placeholders[0])).toEqual(
      expect.arrayContaining(["line", "column", "text", "kind", "context", "key"]),
    );
    expect(json.ignored).toEqual([expect.objectContaining({ line: 45, column: 339, text: "3+X", reason: "formula" })]);
  });

  test("--lang en --json: the explanation of an ignored look-alike is English (it was Chinese whatever the language)", () => {
    const json = JSON.parse(xfill(["scan", SEED, "--json", "--lang", "en"]).stdout);
    expect(json.ignored[0].message).toContain("formula");
    expect(json.ignored[0].message.replace("3+X", "")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("human output: grouped by kind, the X marked in its clause, a summary line", () => {
    const r = xfill(["scan", SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  县名（25）");
    expect(r.stdout).toContain("18:109    奋力谱写【X】县新时代追赶超越新篇章");
    expect(r.stdout.trim().split("\n").at(-1)).toMatch(/^98 处占位符：县名 25、/);
  });

  test("an old .doc or .wps file: exit 2 and how to save it as .docx", () => {
    const dir = tempDir();
    const doc = join(dir, "模板.doc");
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = xfill(["scan", doc]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("另存为” .docx");
  });

  test("several files give an array; a missing one is exit 2", () => {
    const dir = tempDir();
    const a = join(dir, "a.txt");
    writeFileSync(a, "全县规模工业总产值X亿元。\n");
    const both = xfill(["scan", a, a, "--json"]);
    expect(JSON.parse(both.stdout)).toHaveLength(2);
    expect(xfill(["scan", a, join(dir, "none.txt")]).code).toBe(2);
  });
});

describe("check FILE: the last check before print", () => {
  test("a finished speech with literal X's (3+X, X光, Excel, x86, 某些) is clean: exit 0", () => {
    const dir = tempDir();
    const f = join(dir, "成稿.txt");
    writeFileSync(
      f,
      "要深入实施“3+X”特色产业攻坚行动。\n医院新购X光机两台，Excel 表格已报送，服务器为 x86 架构。\n某些问题仍需解决。\n",
    );
    const r = xfill(["check", f]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("没有发现占位符");
  });

  test("a speech rendered from the complete example is clean, as .txt and as .docx", () => {
    const dir = tempDir();
    for (const ext of ["txt", "docx"]) {
      const out = join(dir, `讲话.${ext}`);
      expect(xfill(["render", "county-plenary-speech", "examples/秦川县.yaml", "-o", out]).code).toBe(0);
      const r = xfill(["check", out]);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  test("a leftover X and a draft mark are found with line, column and clause: exit 1", () => {
    const dir = tempDir();
    const f = join(dir, "成稿.txt");
    writeFileSync(f, "全县规模工业总产值42.36亿元，增速X%。\n位居全市第【待填：名次】位。\n");
    const r = xfill(["check", f, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.complete).toBe(false);
    expect(
      json.unfilled.map((e: { line: number; column: number; code: string }) => [e.line, e.column, e.code]),
    ).toEqual([
      [1, 20, "leftover-placeholder"],
      [2, 6, "leftover-draft-marker"],
    ]);
    const human = xfill(["check", f]);
    expect(human.stderr).toContain(`${f}:1:20: 这里还有占位符“X”：增速【X】%`);
  });

  test("a blank left as spaces (请假        名) is found and named by its width; layout spaces are not: exit 1", () => {
    const dir = tempDir();
    const f = join(dir, "主持词.txt");
    writeFileSync(
      f,
      "　　本次大会现有代表243名，因事因病请假        名，出席今天会议的代表231名。\n县人大常委会办公室　　2021年1月5日\n",
    );
    const r = xfill(["check", f, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(
      json.unfilled.map((e: { line: number; column: number; code: string; kind: string }) => [
        e.line,
        e.column,
        e.code,
        e.kind,
      ]),
    ).toEqual([[1, 22, "leftover-spaces", "count"]]);
    expect(xfill(["check", f]).stderr).toContain(
      `${f}:1:22: 这里还有没填的空白（8 个空格）：因事因病请假【        】名`,
    );
    expect(xfill(["check", f, "--lang", "en"]).stderr).toContain(`${f}:1:22: a blank of 8 spaces is still here`);
  });
});

test("check FILE lists the first hundred leftovers and sums up the rest; --json has all", () => {
  const dir = tempDir();
  const f = join(dir, "成稿.txt");
  writeFileSync(f, "全县生产总值X亿元。\n".repeat(150));
  const human = xfill(["check", f]);
  expect(human.code).toBe(1);
  expect(human.stderr.split("\n").filter((l) => l.includes("这里还有占位符"))).toHaveLength(100);
  expect(human.stderr).toContain("另有 50 处未列出");
  expect(JSON.parse(xfill(["check", f, "--json"]).stdout).unfilled).toHaveLength(150);
});

describe("import", () => {
  test("the seed becomes a template whose --blank render is the speech and whose kinds are the hand labels'", async () => {
    const dir = join(tempDir(), "tpl");
    const r = xfill(["import", SEED, "-o", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("删去了 8 行广告、水印或网页文字");
    expect(r.stderr).toContain("1: 仅供学习 禁止外传");
    expect(r.stderr).toContain("9: 会员群");
    const blank = xfill(["render", dir, "--blank"]);
    expect(blank.code).toBe(0);
    expect(blank.stdout).toBe(seedSpeech);
    const loaded = await loadTemplate(dir);
    if (!loaded.ok) throw new Error("draft does not load");
    const t = loaded.template;
    // The blank render is the speech, so the slots are the seed's placeholders in order; each slot's kind must
    // be one its hand label accepts (seed-labels.tsv, written by a person, not by the scanner import calls).
    const hand = SEED_LABELS.filter((l) => !l.kinds.includes("literal"));
    expect(t.slots).toHaveLength(hand.length);
    const wrong = t.slots
      .map((s, i) => ({ kind: t.byKey.get(s.key)!.kind, label: hand[i]! }))
      .filter(({ kind, label }) => !label.kinds.includes(kind))
      .map(
        ({ kind, label }) => `${label.line}:${label.column} ${label.note}: want ${label.kinds.join("|")}, got ${kind}`,
      );
    expect(wrong).toEqual([]);
    expect(t.byKey.get("县名")!.label).toBe("县名（不含“县”字）");
    expect(t.slots.filter((s) => s.key === "县名")).toHaveLength(25);
    // Every key a valid path, every label unique, none told apart by position only.
    const labels = t.fields.map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((l) => /第\d+处|[XxＸｘ]/.test(l))).toEqual([]);
  });

  test("the draft works at once with init, check and render", () => {
    const dir = join(tempDir(), "tpl");
    const raw = join(tempDir(), "raw.txt");
    writeFileSync(
      raw,
      "仅供学习 禁止外传\n\n在X县第X次会议上的讲话\n全县实现生产总值X亿元，增长X%，位居全市第X位。X县人民……\n",
    );
    expect(xfill(["import", raw, "-o", dir]).code).toBe(0);
    const data = join(tempDir(), "d.yaml");
    expect(xfill(["init", dir, "-o", data]).code).toBe(0);
    expect(xfill(["check", dir, data]).code).toBe(1);
    const filled = readFileSync(data, "utf8")
      .replace(/^县名:$/m, "县名: 白河")
      .replace(/^会议届次:$/m, "会议届次: 3")
      .replace(/^生产总值:$/m, "生产总值: 12.30")
      .replace(/^生产总值增长:$/m, "生产总值增长: -1.5")
      .replace(/^生产总值名次:$/m, "生产总值名次: 2");
    writeFileSync(data, filled);
    const check = xfill(["check", dir, data]);
    expect(check.code, check.stdout).toBe(0);
    const out = xfill(["render", dir, data]);
    expect(out.stdout).toBe(
      "在白河县第三次会议上的讲话\n全县实现生产总值12.30亿元，增长-1.5%，位居全市第2位。白河县人民……\n",
    );
  });

  test("a blank of spaces becomes a slot of its own; the blank render gives the spaces back", () => {
    const dir = tempDir();
    const raw = join(dir, "主持词.txt");
    const text =
      "XX县人民代表大会主持词\n本次大会现有代表243名，因事因病请假        名，出席今天会议的代表        名。\n";
    writeFileSync(raw, text);
    const out = join(dir, "t");
    expect(xfill(["import", raw, "-o", out]).code).toBe(0);
    const hbs = readFileSync(join(out, "template.hbs"), "utf8");
    expect(hbs).not.toContain("        ");
    expect((hbs.match(/\{\{[^}]+\}\}/g) ?? []).length).toBe(3);
    expect(xfill(["render", out, "--blank"]).stdout).toBe(text);
  });

  test("refuses a non-empty folder without --force", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "tpl"));
    writeFileSync(join(dir, "tpl", "notes.txt"), "mine");
    expect(xfill(["import", SEED, "-o", join(dir, "tpl")]).code).toBe(2);
    expect(readFileSync(join(dir, "tpl", "notes.txt"), "utf8")).toBe("mine");
    expect(xfill(["import", SEED, "-o", join(dir, "tpl"), "--force"]).code).toBe(0);
  });
});
