import type { Kind } from "../kinds/kind-names.js";
import { isDigit } from "./chars.js";
import { FIVE_YEAR_AFTER, YEAR_LIKE } from "./patterns.js";
import { suffixAt } from "./suffix.js";
import type { Token } from "./token.js";

/** A kind, the unit that decided it, and whether nothing but the default decided it. */
export interface Classified {
  kind: Kind;
  unit?: string;
  /** True when no cue around it decided the kind (it fell to `name`); the county rule may still claim it. */
  bare: boolean;
}

const VISIT_VERBS = "来到赴临至";
const DI = 0x7b2c; // 第
const QIAN = 0x524d; // 前

/**
 * Reads the kind from the Chinese right around the token, the way a clerk would: a unit after it, then
 * 第/前 before it (第X名 is a rank, not a count of 名), then the noun after it. 某 never stands for a number.
 */
export function classifyKind(text: string, tok: Token): Classified {
  if (tok.date) return { kind: "date", bare: false };
  const at = tok.end;
  const before = text.charCodeAt(tok.start - 1);
  const numeric = tok.cls !== "mou";
  const suffix = suffixAt(text, at);
  const cue = suffix?.cue;

  if (numeric) {
    if (cue === "percent") return { kind: "percent", unit: suffix!.unit === "％" ? "%" : suffix!.unit!, bare: false };
    if (cue === "amount") return { kind: "amount", unit: suffix!.unit!, bare: false };
    if (text.startsWith("百分之", tok.start - 3)) return { kind: "percent", bare: false };
    if (before === DI) return { kind: cue === "ordinal" ? "ordinal" : "rank", bare: false };
    if (before === QIAN && isRankUnit(text.charCodeAt(at))) return { kind: "rank", bare: false };
    if (cue === "count") return { kind: "count", unit: suffix!.unit!, bare: false };
  }
  switch (cue) {
    case "ordinal":
      return { kind: "ordinal", bare: false };
    case "five":
      if (isFiveYearPlan(text, at, before)) return { kind: "ordinal", bare: false };
      break;
    case "person":
    case "county":
    case "place":
      return { kind: cue, bare: false };
    case "visit":
      if (VISIT_VERBS.includes(String.fromCharCode(before))) return { kind: "place", bare: false };
      break;
  }
  if (tok.cls === "x" && tok.figure.length > 1) {
    if (YEAR_LIKE.test(tok.figure)) return { kind: "date", bare: false };
    if (hasRealDigit(tok.figure)) return { kind: "amount", bare: false };
  }
  return { kind: "name", bare: true };
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
