import { HEADING } from "./web-line-patterns.js";
import type { Wrap } from "./wrap-width.js";

/** Whether a line opens a new paragraph in a wrapped copy: indented, or a heading. */
function opensParagraph(line: string): boolean {
  return /^[\s\u3000]/.test(line) || HEADING.test(line);
}

/**
 * Which line breaks of a hard-wrapped text are cuts rather than paragraph ends: the break after line i is a
 * cut when line i is full (reaches the wrap width) and line i+1 carries on (not blank, not indented, not a
 * heading, and not a line `keepApart` wants on its own, such as a web line). Returns the indexes i.
 */
export function wrapCuts(lines: readonly string[], wrap: Wrap, keepApart: (i: number) => boolean): Set<number> {
  const cuts = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.replace(/[\r\n]+$/, "");
    const next = lines[i + 1]!.replace(/[\r\n]+$/, "");
    const n = wrap.measure(line.trimEnd());
    if (n < wrap.min || n > wrap.max || next.trim() === "" || opensParagraph(next)) continue;
    if (keepApart(i) || keepApart(i + 1)) continue;
    cuts.add(i);
  }
  return cuts;
}

/**
 * How a paragraph ends: sentence-final punctuation or a colon (各位代表：, 报告如下：), maybe inside a closing
 * quote or bracket. A semicolon ends a clause of a list that runs on (增长5%；1—10月份…), not a paragraph.
 */
const PARAGRAPH_END = /[。！？!?：:…][”’」』）)]*$/;
/** A salutation opens the speech on a line of its own (各位代表：, 同志们：). */
const SALUTATION = /^(?:各位|同志们|尊敬的|女士们|先生们|朋友们)/;
/** Fewest non-blank lines for a text to be judged ragged. */
const MIN_RAGGED_LINES = 12;

/**
 * Whether a text is a ragged copy: the text runs of a PDF one to a line, cut anywhere (XX / 镇 / 2023 /
 * 年政府工作报告), not at a fixed width. Most lines then end in mid-sentence, and many are a few characters long.
 */
export function isRagged(lines: readonly string[]): boolean {
  const body = lines.map((l) => l.trim()).filter((l) => l !== "");
  if (body.length < MIN_RAGGED_LINES) return false;
  const open = body.filter((l) => !PARAGRAPH_END.test(l) && !HEADING.test(l)).length;
  const short = body.filter((l) => [...l].length <= 8).length;
  return open >= body.length * 0.6 && short >= body.length * 0.3;
}

/**
 * The cuts of a ragged copy: a line break is a cut unless the line ends a sentence, is a heading with its
 * words (（一）经济运行稳中有升), or the next line is blank, a heading, a salutation, or one `keepApart` wants
 * on its own. A bare list mark (2.) is joined to its words.
 */
export function raggedCuts(lines: readonly string[], keepApart: (i: number) => boolean): Set<number> {
  const cuts = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]!.trim();
    if (line === "" || next === "" || PARAGRAPH_END.test(line) || HEADING.test(line)) continue;
    if (HEADING.test(next) || SALUTATION.test(next) || keepApart(i) || keepApart(i + 1)) continue;
    cuts.add(i);
  }
  return cuts;
}
