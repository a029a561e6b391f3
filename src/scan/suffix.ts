import { SUFFIX_CUES } from "./patterns.js";

/** What the words right after a placeholder say about it. */
export type SuffixCue = (typeof SUFFIX_CUES)[number][0];

/** A cue and, for measured kinds, the unit that gave it (`亿元`, `%`, `大类`). */
export interface Suffix {
  cue: SuffixCue;
  unit?: string;
}

/** Group number of each cue in SUFFIX, and of its unit (0 when it has none). */
const GROUPS: { cue: SuffixCue; group: number; unitGroup: number }[] = [];
let next = 1;
for (const [cue, , hasUnit] of SUFFIX_CUES) {
  GROUPS.push({ cue, group: next, unitGroup: hasUnit ? next + 1 : 0 });
  next += hasUnit ? 2 : 1;
}

/** All cues as one sticky alternation: one regex run per placeholder instead of one per rule. */
const SUFFIX = new RegExp(SUFFIX_CUES.map(([, source]) => `(${source})`).join("|"), "y");

/** The first cue (in priority order) that the text at `at` matches, or undefined. */
export function suffixAt(text: string, at: number): Suffix | undefined {
  SUFFIX.lastIndex = at;
  const m = SUFFIX.exec(text);
  if (m === null) return undefined;
  for (const g of GROUPS) {
    if (m[g.group] !== undefined) return g.unitGroup ? { cue: g.cue, unit: m[g.unitGroup] } : { cue: g.cue };
  }
  return undefined;
}

/** Whether a unit of a number (percent, amount or count) follows: then an X next to Latin is still a blank. */
export function numericUnitAt(text: string, at: number): boolean {
  const cue = suffixAt(text, at)?.cue;
  return cue === "percent" || cue === "amount" || cue === "count";
}
