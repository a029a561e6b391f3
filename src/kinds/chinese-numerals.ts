/**
 * Chinese numerals for session numbers (届、次): 15 → 十五, 105 → 一百零五, 1010 → 一千零一十.
 * Conventions of official writing: a leading 一十 is written 十 only below twenty (十五, but 一百一十五).
 */
const DIGITS = "零一二三四五六七八九";
const UNITS = ["", "十", "百", "千"];

/** Writes 1–9999 in Chinese numerals; throws RangeError outside that range (a programmer error). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`toChineseNumeral: ${n} is not 1–9999`);
  const digits = String(n).split("").map(Number);
  let out = "";
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out.length > 0;
      return;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += DIGITS[d]! + unit;
  });
  return n >= 10 && n < 20 ? out.replace(/^一十/, "十") : out;
}

/** Reads a Chinese numeral 1–9999 written the way toChineseNumeral writes it (also 一十五); undefined if not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[零一二三四五六七八九十百千两]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text.replace(/两/g, "二")) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    const unit = ch === "十" ? 10 : ch === "百" ? 100 : 1000;
    total += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
    digit = undefined;
  }
  total += digit ?? 0;
  if (!Number.isInteger(total) || total < 1 || total > 9999) return undefined;
  // Only canonical spellings count, so that 十十 or 二零五 are not read as numbers.
  const canonical = toChineseNumeral(total);
  return text === canonical || text === "一" + canonical ? total : undefined;
}
