import { classifyLine } from "./classify-line.js";
import type { WebLineReason } from "./web-line-patterns.js";

/** A line of a finished document that reads as web-page or advert text. */
export interface WebLine {
  /** 1-based line number. */
  line: number;
  /** UTF-16 offset of the line's first non-blank character. */
  offset: number;
  /** The line, blanks trimmed. */
  text: string;
  reason: WebLineReason;
}

/**
 * Lines of a finished document that a web page or a distributor left in (a date, a file size, 举报, a
 * watermark): they would be printed with the speech. Judged one line at a time, as import judges them;
 * short fragments, which import drops only between such lines, are not reported.
 */
export function findWebLines(text: string): WebLine[] {
  const found: WebLine[] = [];
  let offset = 0;
  let line = 1;
  for (const raw of text.split("\n")) {
    const verdict = classifyLine(raw);
    if (typeof verdict === "object") {
      const lead = raw.length - raw.trimStart().length;
      found.push({ line, offset: offset + lead, text: raw.trim(), reason: verdict.web });
    }
    offset += raw.length + 1;
    line++;
  }
  return found;
}
