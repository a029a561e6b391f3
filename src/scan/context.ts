import { isClauseBreak } from "./chars.js";

/** Longest context reported; a clause longer than this is cut around the placeholder. */
const MAX_CONTEXT = 60;
/** How far back a context reaches before the placeholder when the clause is long. */
const MAX_BEFORE = 36;

/** The clause around a placeholder, as offsets into the text (not yet trimmed of blanks). */
export interface Clause {
  start: number;
  end: number;
}

/**
 * Finds the clause a placeholder sits in: between clause punctuation or line ends, cut to MAX_CONTEXT
 * characters so a long run-on sentence still gives a readable context. Only the few characters around
 * the placeholder are looked at, whatever the size of the text.
 */
export function clauseAround(text: string, start: number, end: number): Clause {
  let s = start;
  const minStart = Math.max(0, start - MAX_BEFORE);
  while (s > minStart && !isClauseBreak(text.charCodeAt(s - 1))) s--;
  let e = end;
  const maxEnd = Math.min(text.length, Math.max(end, s + MAX_CONTEXT));
  while (e < maxEnd && !isClauseBreak(text.charCodeAt(e))) e++;
  // Never cut a surrogate pair in half.
  if (s > 0 && isLowSurrogate(text.charCodeAt(s))) s++;
  if (e < text.length && isLowSurrogate(text.charCodeAt(e))) e--;
  return { start: s, end: e };
}

/** The clause's text, trimmed. */
export function contextText(text: string, clause: Clause): string {
  return text.slice(clause.start, clause.end).trim();
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
