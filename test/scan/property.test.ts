import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scanText } from "../../src/scan/scan-text.js";
import { LineCounter } from "../../src/diagnostics/line-counter.js";

const RUNS = { numRuns: 200 };

/** Common CJK characters, without 某 (a placeholder) and 第/前/来/到/赴/临/至 (which change a kind). */
const cjk = fc
  .integer({ min: 0x4e00, max: 0x9fa5 })
  .map((c) => String.fromCharCode(c))
  .filter((c) => !"某第前来到赴临至".includes(c));
const punctuation = fc.constantFrom(
  "，",
  "。",
  "；",
  "：",
  "！",
  "？",
  "、",
  "“",
  "”",
  "（",
  "）",
  "《",
  "》",
  "——",
  " ",
);
const latinOrDigit = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWYZabcdefghijklmnopqrstuvwyz0123456789+%.");
const newline = fc.constantFrom("\n", "\r\n", "\r");

describe("scan invariants", () => {
  test("text without placeholder characters yields nothing", () => {
    const chars = fc.oneof({ weight: 8, arbitrary: cjk }, punctuation, latinOrDigit, newline);
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 200 }), (parts) => {
        const r = scanText(parts.join(""));
        expect(r.placeholders).toEqual([]);
        expect(r.ignored).toEqual([]);
      }),
      RUNS,
    );
  });

  test("X亿元 put into a random Chinese text is found at its offset, line and column", () => {
    const sentence = fc.array(fc.oneof({ weight: 6, arbitrary: cjk }, punctuation, newline), { maxLength: 120 });
    fc.assert(
      fc.property(sentence, sentence, fc.constantFrom("X", "XX", "x", "Ｘ", "××"), (before, after, mask) => {
        const head = before.join("");
        const text = head + mask + "亿元" + after.join("");
        const r = scanText(text);
        expect(r.placeholders).toHaveLength(1);
        const expected = new LineCounter(text).linePos(head.length);
        expect(r.placeholders[0]).toMatchObject({
          offset: head.length,
          length: mask.length,
          text: mask,
          kind: "amount",
          unit: "亿元",
          line: expected.line,
          column: expected.column,
        });
      }),
      RUNS,
    );
  });

  test("any text: no crash, results in order, each text is what stands at its offset", () => {
    const anything = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc
        .array(fc.oneof(cjk, punctuation, latinOrDigit, newline, fc.constantFrom(..."XxＸ×某○月日年县%")), {
          maxLength: 200,
        })
        .map((a) => a.join("")),
    );
    fc.assert(
      fc.property(anything, (text) => {
        const { placeholders, ignored } = scanText(text);
        let last = -1;
        for (const p of placeholders) {
          expect(p.offset).toBeGreaterThan(last);
          expect(text.slice(p.offset, p.offset + p.length)).toBe(p.text);
          expect(p.key).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
          expect(new LineCounter(text).linePos(p.offset)).toEqual({ line: p.line, column: p.column });
          last = p.offset;
        }
        for (const i of ignored)
          expect(new LineCounter(text).linePos(i.offset)).toEqual({ line: i.line, column: i.column });
      }),
      RUNS,
    );
  });
});
