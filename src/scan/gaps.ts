import { isBlank } from "./chars.js";

/**
 * Where the words after a placeholder begin, read as if the blanks between were absent ("X 县长", "第 X 名",
 * as web pages space them): blanks skipped, and one line break too when the placeholder ends its line
 * (a copy cut at every font change puts a blank alone on its line).
 */
export function afterGap(text: string, end: number): number {
  let i = end;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10) {
    i++;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The index of the character before a placeholder, blanks (and one line break at a line start) skipped; -1 at the start. */
export function beforeGap(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) === 10) {
    i--;
    if (text.charCodeAt(i) === 13) i--;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  }
  return i;
}
