import { displayWidth } from "../index.js";

/** Pads to a number of terminal columns, counting 汉字 as two, so Chinese table columns line up. */
export function padEndWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads on the left to a number of terminal columns (for numbers). */
export function padStartWidth(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts text to at most `width` columns, marking the cut with "…" at the front (file names differ at the end). */
export function truncateStartWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && displayWidth("…" + chars.join("")) > width) chars.shift();
  return "…" + chars.join("");
}
