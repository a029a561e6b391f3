/** Character tests on UTF-16 code units, used where a regex would allocate for a one-character look. */

/** ASCII digit 0–9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII Latin letter. */
export function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Space or tab inside a line (ASCII, no-break, ideographic). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

/** Line breaks. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Ends of a clause: Chinese clause punctuation ，。；：！？、, the ASCII stand-ins , ; : ! ? that careless
 * typing leaves, and line breaks. Hanzi, nearly every character of a speech, are ruled out first.
 */
export function isClauseBreak(c: number): boolean {
  if (c >= 0x4e00 && c <= 0x9fff) return false;
  if (c < 0x80) return c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 13;
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x3001;
}

const CHINESE_NUMERALS = "〇零一二三四五六七八九十○0123456789";

/** Chinese numerals and digits, next to which ○ is the digit zero (二○○八年), not a blank. */
export function isNumeral(c: number): boolean {
  return !Number.isNaN(c) && CHINESE_NUMERALS.includes(String.fromCharCode(c));
}

/** The plus signs of formulas like 3+X (ASCII and full-width). */
export function isPlus(c: number): boolean {
  return c === 43 || c === 0xff0b;
}
