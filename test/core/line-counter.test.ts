import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LineCounter } from "../../src/index.js";

const char = fc.oneof(
  fc.constantFrom("\n", "\r\n", "\r", "X", "a", " ", "，"),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)),
);
const text = fc.array(char, { maxLength: 80 }).map((a) => a.join(""));

describe("LineCounter", () => {
  test("positions asked in any order equal those of a fresh counter (the incremental column is exact)", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (t, picks) => {
        const reused = new LineCounter(t);
        for (const p of picks) {
          const offset = p % (t.length + 1);
          expect(reused.linePos(offset)).toEqual(new LineCounter(t).linePos(offset));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("columns along one 2 MB line are linear", () => {
    const line = "甲乙".repeat(1_000_000);
    const lc = new LineCounter(line);
    const started = performance.now();
    for (let off = 0; off < line.length; off += 50) lc.linePos(off);
    // Counting each column from the line's start took minutes (40,000 × 1,000,000 characters).
    expect(performance.now() - started).toBeLessThan(3000);
  });

  test("offset → line/column → offset round-trips at every character start", () => {
    fc.assert(
      fc.property(text, (t) => {
        const lc = new LineCounter(t);
        for (let i = 0; i <= t.length; i++) {
          const c = t.charCodeAt(i - 1);
          if (c >= 0xd800 && c <= 0xdbff) continue; // the middle of a surrogate pair is no character start
          if (t[i] === "\n" && t[i - 1] === "\r") continue; // between \r and \n is no place a user can name
          expect(lc.offset(lc.linePos(i))).toBe(i);
        }
      }),
      { numRuns: 300 },
    );
  });

  test.each<[string, number, [number, number]]>([
    ["ab\ncd", 3, [2, 1]],
    ["ab\r\ncd", 4, [2, 1]],
    ["ab\rcd", 4, [2, 2]],
    ["县委X届", 2, [1, 3]],
    ["𠀀X", 2, [1, 2]],
  ])("%j at %i is line/column %j", (t, offset, [line, column]) => {
    expect(new LineCounter(t).linePos(offset)).toEqual({ line, column });
  });
});
