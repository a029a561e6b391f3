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
