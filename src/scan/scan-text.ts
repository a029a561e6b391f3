import { classifyKind } from "./classify-kind.js";
import { clauseAround, contextText } from "./context.js";
import { applyCountyRule, type KindedText } from "./county-rule.js";
import { MAX_PLACEHOLDERS } from "../source/limits.js";
import { whyNotPlaceholder } from "./ignore-rules.js";
import { labelFor } from "./label.js";
import { kindFromCellHeaders, type CellHeaders } from "./cell-headers.js";
import { CANDIDATE } from "./patterns.js";
import { foldTraditional } from "./fold-traditional.js";
import { jurisdictionLevel } from "./jurisdiction.js";
import { PositionCursor } from "../diagnostics/position-cursor.js";
import { createKeyNamer } from "./key-namer.js";
import { readToken, type MaskClass } from "./token.js";
import type { IgnoredMatch, IgnoreReason, ScannedPlaceholder, ScanResult } from "./types.js";

interface Found extends KindedText {
  start: number;
  end: number;
  unit?: string;
  /** A label already known (from a table cell's headers). */
  label?: string;
}

interface Passed {
  offset: number;
  text: string;
  reason: IgnoreReason;
}

/** What the caller knows about the text beyond its characters. */
export interface ScanOptions {
  /** For a blank in a Word table cell, the cell's column and row headers: they give its kind, unit and label. */
  cellHeadersAt?: (offset: number) => CellHeaders | undefined;
  /** Most placeholders (and, separately, ignored matches) reported; past it the scan stops (default MAX_PLACEHOLDERS). */
  maxPlaceholders?: number;
}

/**
 * Finds and classifies every placeholder in a text. One global regex pass finds the candidate characters;
 * each run is widened and judged by sticky regexes at its own offsets; line, column, context and label are
 * worked out at the end, only for what was found, by one forward-moving cursor.
 */
export function scanText(text: string, opts: ScanOptions = {}): ScanResult {
  const maxPlaceholders = opts.maxPlaceholders ?? MAX_PLACEHOLDERS;
  const found: Found[] = [];
  const passed: Passed[] = [];
  // Cues are read from a copy with traditional characters folded (億元 → 亿元); offsets are the same.
  const cues = foldTraditional(text);
  const level = jurisdictionLevel(cues);
  let truncated: ScanResult["truncated"];
  CANDIDATE.lastIndex = 0;
  // `test` rather than `exec`: no match array per candidate; the run is extended by hand (1–4 characters).
  while (CANDIDATE.test(text)) {
    // Memory grows with what is reported (context and label per blank): a 40 MB file of blanks must stop here.
    if (found.length >= maxPlaceholders || passed.length >= maxPlaceholders) {
      truncated = { max: maxPlaceholders };
      break;
    }
    const runStart = CANDIDATE.lastIndex - 1;
    const cls = classOf(text.charCodeAt(runStart))!;
    let runEnd = runStart + 1;
    while (runEnd < text.length && classOf(text.charCodeAt(runEnd)) === cls) runEnd++;
    // One space between words, the commonest candidate by far, is never a blank: no token for it.
    if (cls === "space" && runEnd - runStart < 2) {
      CANDIDATE.lastIndex = runEnd;
      continue;
    }
    const tok = readToken(cues, cls, runStart, runEnd);
    const verdict = whyNotPlaceholder(cues, tok);
    if (verdict === "skip") {
      CANDIDATE.lastIndex = tok.end;
      continue;
    }
    if (verdict) {
      passed.push({
        offset: tok.runStart,
        text: text.slice(verdict.exprStart, verdict.exprEnd),
        reason: verdict.reason,
      });
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, verdict.exprEnd);
      continue;
    }
    let { kind, unit, bare, shapeOnly } = classifyKind(cues, tok, level);
    let label: string | undefined;
    const headers = opts.cellHeadersAt?.(tok.start);
    const fromHeaders = headers ? kindFromCellHeaders(headers) : undefined;
    if (fromHeaders) {
      label = fromHeaders.label;
      // The words in the cell itself (X万元, 第X名) win; a bare X, or a figure read by its shape alone (x.x),
      // takes its column's kind and unit (x.x under 增幅（%） is a percentage).
      if ((bare || shapeOnly) && fromHeaders.kind)
        ({ kind, unit, bare } = { kind: fromHeaders.kind, unit: fromHeaders.unit, bare: false });
    }
    found.push({
      start: tok.start,
      end: tok.end,
      text: text.slice(tok.start, tok.end),
      kind,
      unit,
      bare,
      ...(label ? { label } : {}),
    });
    // The second X of X月X日 and the masks inside xx.xx are part of this token, not new candidates.
    CANDIDATE.lastIndex = tok.end;
  }
  applyCountyRule(found);
  const result: ScanResult = { placeholders: finishPlaceholders(text, found), ignored: finishIgnored(text, passed) };
  if (truncated) result.truncated = truncated;
  return result;
}

/** The class of a candidate character; undefined for any other character. */
function classOf(c: number): MaskClass | undefined {
  switch (c) {
    case 0x58:
    case 0x78:
    case 0xff38:
    case 0xff58: // X x Ｘ ｘ
      return "x";
    case 0xd7: // ×
      return "times";
    case 0x67d0: // 某
      return "mou";
    case 0x25cb: // ○
      return "circle";
    case 0x5f: // _ (a blank line to write on: __工业集中区)
    case 0xff3f: // ＿ (the same, typed with a Chinese input method: 请假＿＿名)
      return "line";
    case 0x20:
    case 0x3000: // spaces left to write in (请假        名): only where ignore-rules finds a blank's cues
      return "space";
    default:
      return undefined;
  }
}

function finishPlaceholders(text: string, found: Found[]): ScannedPlaceholder[] {
  const cursor = new PositionCursor(text);
  const keyFor = createKeyNamer();
  return found.map((f) => {
    const clause = clauseAround(text, f.start, f.end);
    const { line, column } = cursor.at(f.start);
    const { kind, unit } = f;
    const context = contextText(text, clause);
    const key = keyFor(kind);
    const label = f.label ?? labelFor(text, clause, f.start, f.end, kind, unit);
    const offset = f.start;
    const length = f.end - f.start;
    // Key order is the order of `scan --json`; an absent unit is left out rather than set to undefined.
    // Two plain literals, not a spread: with hundreds of thousands of blanks the spread alone took a second.
    return unit === undefined
      ? { line, column, offset, length, text: f.text, kind, context, key, label }
      : { line, column, offset, length, text: f.text, kind, unit, context, key, label };
  });
}

function finishIgnored(text: string, passed: Passed[]): IgnoredMatch[] {
  const cursor = new PositionCursor(text);
  return passed.map((p) => ({
    ...cursor.at(p.offset), // few: look-alikes are rare
    offset: p.offset,
    text: p.text,
    reason: p.reason,
  }));
}
