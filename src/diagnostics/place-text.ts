import type { Lang } from "./lang.js";

/**
 * Where a problem is, for people: `file:line:column` in a text file, `counties.xlsx 第3行 D列` in a data sheet
 * (.csv, .xlsx), where line is the sheet's row and column its column number.
 */
export function placeText(file: string, line: number | undefined, column: number | undefined, lang: Lang): string {
  if (!line) return file;
  if (/\.(csv|xlsx)$/i.test(file)) {
    const col = columnLetters(column ?? 1);
    return lang === "zh" ? `${file} 第${line}行 ${col}列` : `${file} row ${line} column ${col}`;
  }
  return `${file}:${line}:${column ?? 1}`;
}

/** A sheet's column letters for a 1-based column number: 1 → A, 4 → D, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
