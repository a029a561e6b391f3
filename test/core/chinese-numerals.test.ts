import { describe, expect, test } from "vitest";
import { parseChineseNumeral, toChineseNumeral } from "../../src/kinds/chinese-numerals.js";

/**
 * An independent spelling of 1–9999, digit by digit from the rules of written Chinese, sharing no code
 * with the implementation: one zero for any run of zeros between non-zero digits, none at the end, and
 * 十 instead of 一十 only at the start of a number below twenty.
 */
function expected(n: number): string {
  const d = "零一二三四五六七八九";
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor(n / 100) % 10;
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  const parts: string[] = [];
  if (thousands) parts.push(d[thousands] + "千");
  if (hundreds) parts.push(d[hundreds] + "百");
  else if (thousands && (tens || ones)) parts.push("零");
  if (tens) parts.push(n < 20 ? "十" : d[tens] + "十");
  else if (hundreds && ones) parts.push("零");
  if (ones) parts.push(d[ones]!);
  return parts.join("");
}

describe("Chinese numerals", () => {
  test.each([
    [1, "一"],
    [10, "十"],
    [15, "十五"],
    [20, "二十"],
    [21, "二十一"],
    [100, "一百"],
    [105, "一百零五"],
    [110, "一百一十"],
    [115, "一百一十五"],
    [1000, "一千"],
    [1001, "一千零一"],
    [1010, "一千零一十"],
    [1100, "一千一百"],
    [2020, "二千零二十"],
    [9999, "九千九百九十九"],
  ])("%i → %s", (n, want) => {
    expect(toChineseNumeral(n)).toBe(want);
  });

  test("1–9999 all match the independent spelling and read back", () => {
    const wrong: string[] = [];
    for (let n = 1; n <= 9999; n++) {
      const got = toChineseNumeral(n);
      if (got !== expected(n)) wrong.push(`${n}: ${got} ≠ ${expected(n)}`);
      if (parseChineseNumeral(got) !== n) wrong.push(`${n}: reads back as ${parseChineseNumeral(got)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test.each(["十十", "二零五", "零", "百", "abc", ""])("%s is not a canonical numeral", (s) => {
    expect(parseChineseNumeral(s)).toBeUndefined();
  });

  test.each([0, -1, 10000, 1.5])("%s is outside 1–9999", (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});
