import { isBlank, isDigit, isLatin, isLineBreak, isNumeral, isPlus } from "./chars.js";
import {
  CODE_FIGURE,
  EXPRESSION_CHAR,
  LETTER_AFTER,
  LETTER_TALK,
  MOU_WORD_AFTER,
  TIMES_FIGURE,
  X_WORD_AFTER,
} from "./patterns.js";
import { numericUnitAt, suffixAt } from "./suffix.js";
import type { Token } from "./token.js";
import type { IgnoreReason } from "./types.js";

/** Why a token is not a placeholder: reported (with the span that shows why), silently skipped, or neither. */
export type IgnoreVerdict = { reason: IgnoreReason; exprStart: number; exprEnd: number } | "skip" | undefined;

/**
 * Decides whether a token is a look-alike rather than a blank. Letters inside Latin words (Excel, Linux)
 * are skipped without a report: they are plainly not blanks and would flood the list on English text.
 */
export function whyNotPlaceholder(text: string, tok: Token): IgnoreVerdict {
  switch (tok.cls) {
    case "x":
      return (
        latinVerdict(text, tok) ?? formulaVerdict(text, tok) ?? xWordVerdict(text, tok) ?? letterVerdict(text, tok)
      );
    case "line":
      // One underscore, or underscores inside a name (snake_case, __init__), are not a line to write on.
      if (
        tok.runEnd - tok.runStart < 2 ||
        isWordChar(text.charCodeAt(tok.runStart - 1)) ||
        isWordChar(text.charCodeAt(tok.runEnd))
      )
        return "skip";
      return undefined;
    case "space":
      return spaceVerdict(text, tok);
    case "times":
      if (tok.runEnd - tok.runStart === 1 && aloneOnLine(text, tok.runStart, tok.runEnd)) {
        return { reason: "close-button", exprStart: tok.runStart, exprEnd: tok.runEnd };
      }
      if (isDigit(charBefore(text, tok.runStart)) || isDigit(charAfter(text, tok.runEnd))) return formula(text, tok);
      return undefined;
    case "mou":
      MOU_WORD_AFTER.lastIndex = tok.runEnd;
      if (tok.runEnd - tok.runStart === 1 && MOU_WORD_AFTER.test(text)) {
        return { reason: "moumou-word", exprStart: tok.runStart, exprEnd: MOU_WORD_AFTER.lastIndex };
      }
      // A lone 某 before a noun that says nothing of a blank (某松矿, as a finished text names a firm it keeps
      // unnamed); 某县, 某同志, 某年 and the other cued ones stay blanks.
      if (
        tok.runEnd - tok.runStart === 1 &&
        !tok.date &&
        suffixAt(text, tok.end) === undefined &&
        isHanzi(text.charCodeAt(tok.end))
      ) {
        return { reason: "moumou-word", exprStart: tok.runStart, exprEnd: tok.end + 1 };
      }
      return undefined;
    case "circle":
      if (tok.runEnd - tok.runStart === 1) return "skip"; // a bullet, or one 〇 typed as ○
      if (isNumeral(text.charCodeAt(tok.runStart - 1)) || isNumeral(text.charCodeAt(tok.runEnd))) {
        return { reason: "chinese-zero", ...spanOf(text, tok.runStart, tok.runEnd, isNumeral) };
      }
      return undefined;
  }
}

/**
 * X next to Latin letters: a word (Xbox, X-ray), inside a word (Excel), a blank after a code (GDPxxxx万元), or an
 * X in English text one space from a word (press X to close), which is a blank only if a unit follows.
 */
function latinVerdict(text: string, tok: Token): IgnoreVerdict {
  const figureEnd = tok.start + tok.figure.length;
  const before = isLatin(text.charCodeAt(tok.start - 1));
  const next = text.charCodeAt(figureEnd);
  const after = isLatin(next) || (next === 45 /* - */ && isLatin(text.charCodeAt(figureEnd + 1))); // X-ray
  if (before && after) return "skip";
  if (after) return numericUnitAt(text, tok.end) ? undefined : word(text, tok);
  const spacedBefore = isBlank(text.charCodeAt(tok.start - 1)) && isLatin(text.charCodeAt(tok.start - 2));
  const spacedAfter = isBlank(text.charCodeAt(figureEnd)) && isLatin(text.charCodeAt(figureEnd + 1));
  if (before || spacedBefore || spacedAfter) return numericUnitAt(text, tok.end) ? undefined : "skip";
  return undefined;
}

/** 3+X, 1+X证书, 3x4, and product codes like x86 that have no unit after them. */
function formulaVerdict(text: string, tok: Token): IgnoreVerdict {
  if (isPlus(charBefore(text, tok.start)) || isPlus(charAfter(text, tok.end))) return formula(text, tok);
  if (tok.figure.length === 1 || numericUnitAt(text, tok.end)) return undefined;
  if (TIMES_FIGURE.test(tok.figure)) return formula(text, tok);
  if (CODE_FIGURE.test(tok.figure)) return word(text, tok);
  return undefined;
}

/** X光, X射线 and their kin: a single X followed by the rest of a word (a space between read as absent). */
function xWordVerdict(text: string, tok: Token): IgnoreVerdict {
  if (tok.runEnd - tok.runStart !== 1 || tok.figure.length !== 1 || tok.date) return undefined;
  let at = tok.runEnd;
  while (isBlank(text.charCodeAt(at))) at++;
  X_WORD_AFTER.lastIndex = at;
  if (!X_WORD_AFTER.test(text)) return undefined;
  return { reason: "word", exprStart: tok.runStart, exprEnd: X_WORD_AFTER.lastIndex };
}

/**
 * An X discussed as a letter: quoted in a sentence about letters or unknowns ('X'是罗马数字中的10), in a book
 * title (《X战警》), or followed by what a letter does (用X代替, X代表未知数, 将x确立为).
 */
function letterVerdict(text: string, tok: Token): IgnoreVerdict {
  if (tok.runEnd - tok.runStart !== 1 || tok.figure.length !== 1 || tok.date || numericUnitAt(text, tok.end))
    return undefined;
  const before = text.charCodeAt(tok.start - 1);
  const after = text.charCodeAt(tok.end);
  const letter = { reason: "letter" as const, exprStart: tok.start, exprEnd: tok.end };
  if (before === 0x300a /* 《 */) return letter;
  LETTER_AFTER.lastIndex = tok.end;
  if (LETTER_AFTER.test(text)) return letter;
  const quoted = QUOTES.has(before) && QUOTES.has(after);
  if (quoted && LETTER_TALK.test(text.slice(Math.max(0, tok.start - 24), tok.end + 24))) return letter;
  return undefined;
}

/** Cues after a run of spaces that make it a blank: a unit, a measure word, 届/次, a title after a name. */
const SPACE_BLANK_CUES = new Set(["percent", "amount", "count", "ordinal", "big", "person"]);
/** Column names of a plain-text table that start with a measure word (部门        人数): not a blank's unit. */
const TABLE_HEADER_AFTER = /(?:人|个|次|户|件|项|名)数|年份|月份|名次/y;

/**
 * A run of spaces is a blank to write in only where a clerk leaves one: at least three spaces wide (an
 * ideographic space counts two), right after a Chinese character, and right after 第 or before a unit, a
 * measure word, 届/次 or a title after a name — 请假        名, 位居第    位, 增长    %, 请　　同志讲话. Indents
 * (after a line break), spaces around figures, alignment in a signature or a plain-text table, and a date left
 * to be written by hand (    年    月    日) are not.
 */
function spaceVerdict(text: string, tok: Token): IgnoreVerdict {
  let width = 0;
  for (let i = tok.runStart; i < tok.runEnd; i++) width += text.charCodeAt(i) === 0x3000 ? 2 : 1;
  // A date part after spaces (    年    月    日) is more often left to be written by hand than forgotten.
  if (width < 3 || tok.date || !isHanzi(text.charCodeAt(tok.runStart - 1))) return "skip";
  if (text.charCodeAt(tok.runStart - 1) === 0x7b2c /* 第 */) return undefined;
  TABLE_HEADER_AFTER.lastIndex = tok.runEnd;
  if (TABLE_HEADER_AFTER.test(text)) return "skip";
  const cue = suffixAt(text, tok.runEnd)?.cue;
  return cue && SPACE_BLANK_CUES.has(cue) ? undefined : "skip";
}

/** Quote marks around a letter: ' " ‘ ’ “ ”. */
const QUOTES = new Set([0x27, 0x22, 0x2018, 0x2019, 0x201c, 0x201d]);

function isWordChar(c: number): boolean {
  return isLatin(c) || isDigit(c) || c === 0x5f;
}

function isHanzi(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function formula(text: string, tok: Token): IgnoreVerdict {
  return { reason: "formula", ...spanOf(text, tok.start, tok.end, isExpressionChar) };
}

function word(text: string, tok: Token): IgnoreVerdict {
  return { reason: "word", ...spanOf(text, tok.start, tok.end, isExpressionChar) };
}

function isExpressionChar(c: number): boolean {
  return !Number.isNaN(c) && EXPRESSION_CHAR.test(String.fromCharCode(c));
}

/** Widens [start, end) over neighbours that belong to the same expression, at most 16 each way. */
function spanOf(text: string, start: number, end: number, belongs: (c: number) => boolean) {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 16 && belongs(text.charCodeAt(s - 1))) s--;
  while (e < text.length && e - end < 16 && belongs(text.charCodeAt(e))) e++;
  return { exprStart: s, exprEnd: e };
}

/** The nearest character before `i` that is not a blank (a line break counts; NaN at the text start). */
function charBefore(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  return j >= 0 ? text.charCodeAt(j) : NaN;
}

/** The nearest character from `i` on that is not a blank (NaN at the end). */
function charAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  return text.charCodeAt(j);
}

/** Whether [start, end) is all there is on its line, blanks aside: a close button. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const b = charBefore(text, start);
  const a = charAfter(text, end);
  return (Number.isNaN(b) || isLineBreak(b)) && (Number.isNaN(a) || isLineBreak(a));
}
