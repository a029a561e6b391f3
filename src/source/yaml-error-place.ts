import type { MessageCode } from "../diagnostics/message-table.js";
import type { YAMLError } from "yaml";
import { yamlErrorCode } from "./yaml-error-code.js";

/**
 * Our code for a YAML error and the offset a person should look at: the opening quote of an unclosed
 * string, or the first character of the offending line rather than the comments above it.
 */
export function placeYamlError(text: string, e: YAMLError): { code: MessageCode; start: number; end: number } {
  const code = yamlErrorCode(e.code, e.message);
  if (code === "yaml-unclosed-quote") {
    const start = openingQuote(text, e.pos[0]);
    return { code, start, end: start + 1 };
  }
  const start = skipComments(text, e.pos[0], code !== "yaml-tab");
  return { code, start, end: Math.max(start + 1, e.pos[1]) };
}

/** The parser may place an error on the comments above the offending line, or before its indent: move to its first character. */
function skipComments(text: string, offset: number, pastIndent: boolean): number {
  let at = offset;
  for (;;) {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (/^\s*(#.*)?\r?$/.test(line) && lineEnd < text.length) {
      at = lineEnd + 1;
      continue;
    }
    const indentEnd = lineStart + (/^[ \t]*/.exec(line)?.[0].length ?? 0);
    if (!pastIndent) return Math.min(at, lineStart);
    return at <= indentEnd ? indentEnd : at;
  }
}

/** Where the quote that was never closed opened: the last quote starting a value before the error. */
function openingQuote(text: string, errorOffset: number): number {
  const before = text.slice(0, errorOffset);
  const re = /(?:^|[:\-[,{]\s*)(["'])/gm;
  let last = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m.index + m[0].length - 1;
  return last >= 0 ? last : errorOffset;
}
