import type { Diagnostic } from "./diagnostic.js";
import { visibleControls } from "../kinds/control-chars.js";
import { displayWidth } from "./display-width.js";
import { formatMessage } from "./format-message.js";
import type { Lang } from "./lang.js";
import { LineCounter } from "./line-counter.js";
import { placeText } from "./place-text.js";

/** Longest stretch of a line shown in an excerpt, in characters either side of the spot. */
const EXCERPT_RADIUS = 30;

/**
 * A diagnostic for people: `file:line:column: message`, then the line's text around the spot with a caret
 * under it (aligned under Chinese text, which takes two columns a character).
 */
export function reportDiagnostic(d: Diagnostic, lang: Lang, sourceText?: string): string {
  // In a Word file the place a person looks for (页眉, 表1 第2行第3列) stands in for line and column.
  const where = d.file
    ? d.place
      ? `${visibleControls(d.file)} ${d.place}: `
      : `${placeText(visibleControls(d.file), d.line, d.column, lang)}: `
    : "";
  const head = `${where}${formatMessage(d, lang)}`;
  if (!sourceText || !d.line) return head;
  return [head, ...excerptLines(sourceText, d.line, d.column ?? 1, d.length ?? 1)].join("\n");
}

/** Two lines: the source line around a spot (`12 | text`) and a caret line under the spot. */
export function excerptLines(sourceText: string, lineNo: number, column: number, length: number): string[] {
  const lines = lineCounterFor(sourceText);
  if (lineNo > lines.lineStarts.length) return [];
  const line = lines.lineText(lineNo);
  const chars = [...visibleControls(line.replace(/\t/g, " "))];
  const col = Math.min(Math.max(1, column), chars.length + 1) - 1;
  const from = Math.max(0, col - EXCERPT_RADIUS);
  const to = Math.min(chars.length, col + EXCERPT_RADIUS);
  const prefix = (from > 0 ? "…" : "") + chars.slice(from, col).join("");
  const shown = prefix + chars.slice(col, to).join("") + (to < chars.length ? "…" : "");
  const underlined = chars.slice(col, col + Math.max(1, length)).join("");
  const gutter = `${lineNo} | `;
  const caret = " ".repeat(displayWidth(prefix)) + "^".repeat(Math.max(1, displayWidth(underlined)));
  return [`${gutter}${shown}`, `${" ".repeat(gutter.length - 2)}| ${caret}`];
}

/** One LineCounter for the text being reported on: a report of many problems in one file reuses it. */
let cached: LineCounter | undefined;
function lineCounterFor(text: string): LineCounter {
  if (cached?.text !== text) cached = new LineCounter(text);
  return cached;
}
