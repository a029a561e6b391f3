import type { Kind } from "../kinds/kind-names.js";
import { isClauseBreak, isDigit } from "./chars.js";
import { afterGap, beforeGap } from "./gaps.js";
import { isOwnLevel, type Level } from "./jurisdiction.js";
import {
  ATTRACT_BEFORE,
  CAMPAIGN_BEFORE,
  FIVE_YEAR_AFTER,
  NEIGHBOUR_AFTER,
  NEIGHBOUR_BEFORE,
  PART_OF_PLACE_BEFORE,
  RANK_MOVE_BEFORE,
  RANKING_NEAR,
  SPEAKER_BEFORE,
  TITLE_BEFORE,
  TOWNSHIP_UNIT_AFTER,
  VISITORS_AFTER,
  YEAR_DIGITS,
} from "./patterns.js";
import { suffixAt } from "./suffix.js";
import type { Token } from "./token.js";

/** A kind, the unit that decided it, and whether nothing but the default decided it. */
export interface Classified {
  kind: Kind;
  unit?: string;
  /** True when no cue around it decided the kind (it fell to `name`); the county rule may still claim it. */
  bare: boolean;
  /** True when only the figure's own shape decided it (20XX a year, x.x a number): a table's column may say more. */
  shapeOnly?: boolean;
}

const VISIT_VERBS = "来到赴临至";
const DI = 0x7b2c; // 第
const QIAN = 0x524d; // 前
const JIE = 0x5c4a; // 届
/** Before 前X: a ranking within a jurisdiction (全市前X). */
const RANKED_IN = /全[市省县区国州]|[市省县区]内$/;

/**
 * Reads the kind from the Chinese right around the token, the way a clerk would: a unit after it, then
 * 第/前 before it (第X名 is a rank, not a count of 名), then the noun after it. 某 never stands for a number.
 * Blanks between the token and its neighbours are read as absent. `level` is the document's own level
 * (县, 镇 …): X县 in a county's speech is the county itself, in a town's report another place.
 */
export function classifyKind(text: string, tok: Token, level: Level = "县"): Classified {
  if (tok.date) return { kind: "date", bare: false };
  const at = afterGap(text, tok.end);
  const b = beforeGap(text, tok.start);
  const before = text.charCodeAt(b);
  const head = text.slice(Math.max(0, b - 7), b + 1);
  const numeric = tok.cls !== "mou";
  const suffix = suffixAt(text, at);
  const cue = suffix?.cue;

  if (numeric) {
    if (cue === "percent") return { kind: "percent", unit: suffix!.unit === "％" ? "%" : suffix!.unit!, bare: false };
    if (cue === "amount") return { kind: "amount", unit: suffix!.unit!, bare: false };
    if (text.startsWith("百分之", tok.start - 3)) return { kind: "percent", bare: false };
    if (before === DI) return { kind: cue === "ordinal" ? "ordinal" : "rank", bare: false };
    if (before === QIAN && (isRankUnit(text.charCodeAt(at)) || RANKED_IN.test(head.slice(0, -1))))
      return { kind: "rank", bare: false };
    if (RANK_MOVE_BEFORE.test(head) && (endsClause(text, at) || suffix?.unit === "位" || text.startsWith("个位次", at)))
      return { kind: "count", ...(suffix?.unit ? { unit: suffix.unit } : {}), bare: false };
    if (cue === "count") {
      if (suffix!.unit === "次" && before === JIE) return { kind: "ordinal", bare: false };
      // X万人, X亿人次: a figure in ten-thousands may well be a decimal.
      if (/^[万亿]/.test(suffix!.unit!)) return { kind: "amount", unit: suffix!.unit!, bare: false };
      if (suffix!.unit === "部" && PART_OF_PLACE_BEFORE.test(head)) return { kind: "place", bare: false };
      if (suffix!.unit === "名" && RANKING_NEAR.test(text.slice(Math.max(0, tok.start - 12), at + 12)))
        return { kind: "rank", bare: false };
      return { kind: "count", unit: suffix!.unit!, bare: false };
    }
    if (cue === "big") return { kind: "amount", unit: suffix!.unit!, bare: false };
  }
  switch (cue) {
    case "ordinal":
      return { kind: "ordinal", bare: false };
    case "five":
      if (isFiveYearPlan(text, at, before)) return { kind: "ordinal", bare: false };
      break;
    case "person":
    case "place":
      return { kind: cue, bare: false };
    case "locality":
      return {
        kind: isOwnLevel(suffix!.unit!, level) && !isNeighbour(text, head, at) ? "county" : "place",
        bare: false,
      };
    case "visit":
      if (VISIT_VERBS.includes(String.fromCharCode(before))) return { kind: "place", bare: false };
      break;
    case "own":
      return { kind: "county", bare: false };
  }
  if (at < text.length && TOWNSHIP_UNIT_AFTER.test(stickyAt(TOWNSHIP_UNIT_AFTER, text, at)))
    return { kind: level === "镇" || level === "乡" ? "county" : "place", bare: false };
  if (ATTRACT_BEFORE.test(head) && VISITORS_AFTER.test(stickyAt(VISITORS_AFTER, text, at)))
    return { kind: "place", bare: false };
  if (!cue && CAMPAIGN_BEFORE.test(head)) return { kind: "county", bare: false };
  if (TITLE_BEFORE.test(head)) return { kind: "person", bare: false };
  if (SPEAKER_BEFORE.test(text.slice(Math.max(0, tok.start - 12), tok.start))) return { kind: "person", bare: false };
  if (tok.cls === "x" && tok.figure.length > 1) {
    if (YEAR_DIGITS.test(tok.figure)) return { kind: "date", bare: false, shapeOnly: true };
    if (hasRealDigit(tok.figure)) return { kind: "amount", bare: false, shapeOnly: true };
  }
  return { kind: "name", bare: true };
}

/** Sets a sticky pattern to look at one offset and hands back the text to test. */
function stickyAt(re: RegExp, text: string, at: number): string {
  re.lastIndex = at;
  return text;
}

/** 北接XX镇, 南与XX县交界, 与XX乡、XX县相邻: a neighbour, not the document's own jurisdiction. */
function isNeighbour(text: string, head: string, at: number): boolean {
  if (NEIGHBOUR_BEFORE.test(head)) return true;
  return head.endsWith("与") && NEIGHBOUR_AFTER.test(text.slice(at, at + 40));
}

/** Whether nothing but the end of a clause follows (前移X，). */
function endsClause(text: string, at: number): boolean {
  return at >= text.length || isClauseBreak(text.charCodeAt(at));
}

/** 位 and 名 after 前: 前X位, 前X名. */
function isRankUnit(c: number): boolean {
  return c === 0x4f4d || c === 0x540d;
}

/** “X五” and 十X五: the masked digit of a five-year plan's number. */
function isFiveYearPlan(text: string, at: number, before: number): boolean {
  if (before === 0x201c || before === 0x22 /* " */ || before === 0x5341 /* 十 */) return true;
  FIVE_YEAR_AFTER.lastIndex = at;
  return FIVE_YEAR_AFTER.test(text);
}

/** A figure with a real digit or a decimal point (`xx.51`, `x.x`) is a number even without a unit. */
function hasRealDigit(figure: string): boolean {
  for (let i = 0; i < figure.length; i++) {
    const c = figure.charCodeAt(i);
    if (isDigit(c) || c === 46) return true;
  }
  return false;
}
