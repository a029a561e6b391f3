/**
 * Control characters: C0 (line breaks and tabs among them), DEL, C1, and Unicode's line and paragraph
 * separators. None belongs in a one-line value, and none may reach a terminal raw (ESC starts a command).
 */
export const CONTROL_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const CONTROL_CHARS = new RegExp(CONTROL_CHAR.source, "g");

/** The text with each control character replaced by a visible symbol (␊ for a line feed, ␛ for ESC, ␡ for DEL, \u0085 …). */
export function visibleControls(text: string): string {
  if (!CONTROL_CHAR.test(text)) return text;
  return text.replace(CONTROL_CHARS, (c) => {
    const n = c.charCodeAt(0);
    if (n < 0x20) return String.fromCharCode(0x2400 + n);
    if (n === 0x7f) return "\u2421";
    return `\\u${n.toString(16).padStart(4, "0")}`;
  });
}
