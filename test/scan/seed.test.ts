import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { scanText } from "../../src/scan/scan-text.js";
import { summarizeScan } from "../../src/scan/summary.js";
import { SEED } from "../helpers/cli.js";
import { type SeedLabel as Label, SEED_LABELS } from "../helpers/seed.js";

const seed = readFileSync(SEED, "utf8");
const labels = SEED_LABELS;
const wanted = labels.filter((l) => !l.kinds.includes("literal"));
const literals = labels.filter((l) => l.kinds.includes("literal"));

describe("the seed speech against its hand labels", () => {
  const result = scanText(seed);
  const at = (l: Label) => result.placeholders.find((p) => p.line === l.line && p.column === l.column);

  test("the labels are the ones the design describes", () => {
    expect(wanted).toHaveLength(98);
    expect(literals).toHaveLength(1);
  });

  test("recall 1.0: every labelled placeholder is found where it is", () => {
    expect(wanted.filter((l) => !at(l)).map((l) => `${l.line}:${l.column} ${l.note}`)).toEqual([]);
  });

  test("precision 1.0: nothing is found that is not labelled", () => {
    const labelled = new Set(wanted.map((l) => `${l.line}:${l.column}`));
    const extra = result.placeholders.filter((p) => !labelled.has(`${p.line}:${p.column}`));
    expect(extra.map((p) => `${p.line}:${p.column} ${p.text} ${p.kind}`)).toEqual([]);
    expect(result.placeholders).toHaveLength(98);
  });

  test("kind accuracy 1.0", () => {
    const wrong = wanted
      .filter((l) => at(l) && !l.kinds.includes(at(l)!.kind))
      .map((l) => `${l.line}:${l.column} ${l.note} want ${l.kinds.join("|")} got ${at(l)!.kind}`);
    expect(wrong).toEqual([]);
  });

  test("3+X is ignored as a formula, at its X", () => {
    expect(result.ignored).toEqual([
      expect.objectContaining({ line: literals[0]!.line, column: literals[0]!.column, text: "3+X", reason: "formula" }),
    ]);
  });

  test("each X月X日 is one placeholder, its second X not reported", () => {
    const dates = result.placeholders.filter((p) => p.kind === "date");
    expect(dates.map((d) => [d.line, d.column, d.text])).toEqual([
      [21, 132, "X月X日"],
      [21, 145, "X月X日"],
    ]);
  });

  test("nothing is found in the 15-line advert header (前3年 included)", () => {
    expect(result.placeholders.filter((p) => p.line <= 15)).toEqual([]);
    expect(result.ignored.filter((p) => p.line <= 15)).toEqual([]);
  });

  test("offsets, lengths and text agree with the source", () => {
    for (const p of result.placeholders) expect(seed.slice(p.offset, p.offset + p.length)).toBe(p.text);
  });

  test("every county blank shares the key `county`; other keys are unique identifiers", () => {
    const keys = result.placeholders.filter((p) => p.kind !== "county").map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(new Set(result.placeholders.filter((p) => p.kind === "county").map((p) => p.key))).toEqual(
      new Set(["county"]),
    );
  });

  test("the summary counts the kinds", () => {
    expect(summarizeScan(result)).toMatch(/^98 处占位符：县名 25、名称 \d+、/);
  });

  test("labels and contexts read as the issue asks", () => {
    const output = result.placeholders.find((p) => p.line === 22 && p.column === 98)!;
    expect(output).toMatchObject({
      kind: "amount",
      unit: "亿元",
      context: "全县规模工业总产值X亿元",
      label: "规模工业总产值（亿元）",
    });
    for (const p of result.placeholders) expect([...p.context].length).toBeLessThanOrEqual(60);
  });
});
