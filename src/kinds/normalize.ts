/** Full-width digits, signs and points (typed with a Chinese IME) folded to ASCII, so １２．５ reads as 12.5. */
export function foldFullWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[－−—]/g, "-")
    .replace(/＋/g, "+")
    .replace(/％/g, "%");
}

/** Values that still hold a placeholder instead of a real value: X, XX, Ｘ, ×, 某某, ○○, 待填, 【待填：…】. */
const PLACEHOLDER_VALUE = /^(?:[XxＸｘ×]+|某+|○+|〇{2,}|待填.*|【待填[^】]*】|TODO|TBD)$/i;

/** Whether a typed value is empty or still a placeholder, i.e. the blank is not filled yet. */
export function isPlaceholderValue(text: string): boolean {
  const t = text.trim();
  return t === "" || PLACEHOLDER_VALUE.test(t);
}
