import { MASK_CHARS } from "../../scan/patterns.js";
import { firstWords, lastWords, words } from "./words.js";

/** A mask character: what a blank is written with (the scanner's MASK_CHARS), as a character class. */
export const MASK = `[${MASK_CHARS}]`;
/** A mask character, to split or search at. */
export const MASK_CHAR = new RegExp(MASK);
/** Text that starts with a blank, spaces aside. */
export const STARTS_WITH_MASK = new RegExp(`^[ \\u3000]*${MASK}`);
const MASKS = new RegExp(`${MASK}+`, "g");
/** The last run of masks in a text, and what follows it. */
const LAST_MASK = new RegExp(`${MASK}[^${MASK_CHARS}]*$`);
const LEADING_MASKS = new RegExp(`^${MASK}+`);
/** Where a clause ends, looking either way from a blank. */
export const CLAUSE_END = /[，,。；;：:！!？?、\n]/;
/** Where a sentence ends. */
const SENTENCE_END = /[。！？!?\n]/;
/** A unit (and what may follow it) after another blank's figure: 亿元, 个百分点, 万亩以上, 年底 … and a 的. */
const UNIT_AFTER =
  /^[0-9.]*(?:个百分点|百分点|平方公里|平方米|公里|公顷|人次|[十百千]?[万亿]?(?:美元|元|亩|吨|斤)|[%％‰]|年底|年末|年初|年度|年|月份|月|日|[个名人户项件家宗次批类位届所座条张分])?(?:以上|以下|左右|多|余)?的?/;
/** Words that open a clause without naming the thing measured: where, whose, and verbs of reaching. */
const LEAD =
  /^(?:全乡镇|全[县市区镇乡省]|争取|[我本][县市区镇乡]|截至目前|截至|目前|现已|已经|已|正在|共有|共计|共|累计|其中|同时|力争|确保|预计|预期|有序推进|推进|包括|实现|完成|新增|达到|达|为|是|约|和|与|及|并|比(?!上年|去年)|较(?!上年|去年)|在|我们|我)+/;
/** Words that frame a figure at the end of its subject: 达, 为, 累计完成, 突破, 终于. */
const TRAIL = new Set([
  ..."达为是近共已居第前的了列排在比较至到均和及与",
  ...["达到", "完成", "实现", "累计", "超过", "突破", "登上", "共计", "合计", "位居", "可以", "能够", "力争", "确保"],
  ...["分别", "分別", "以上", "终于", "可达", "预计", "继续", "持续", "保持", "稳居", "位列", "等"],
]);
/** Verbs inside a subject that say how a figure was reached, not what it is (园区预计实现工业总产值). */
const INNER = new Set(["预计", "累计", "实现", "完成", "我们", "可达"]);

/** Where the text before `offset` that holds no `stop` character starts, at most `max` characters back. */
export function startAfter(stop: RegExp, text: string, offset: number, max: number): number {
  let s = offset;
  while (s > 0 && offset - s < max && !stop.test(text[s - 1]!)) s--;
  return s;
}

/** Where the clause around `offset` starts (after a clause mark, at most `max` characters back). */
export function clauseStart(text: string, offset: number, max = 40): number {
  return startAfter(CLAUSE_END, text, offset, max);
}

/** Where the clause that holds `offset` ends. */
export function clauseEnd(text: string, offset: number, max = 40): number {
  let e = offset;
  while (e < text.length && e - offset < max && !CLAUSE_END.test(text[e]!)) e++;
  return e;
}

/** Where the sentence around `offset` starts. */
export function sentenceStart(text: string, offset: number, max = 200): number {
  return startAfter(SENTENCE_END, text, offset, max);
}

/** The text without masks, quotes, brackets and spaces. */
export function clean(s: string): string {
  return s
    .replace(MASKS, "")
    .replace(/[“”"'‘’《》【】()（）%％‰…〝〞\s]/g, "")
    .trim();
}

/**
 * The words of a clause after any other blank in it: past that blank's unit (投资X亿元的年产 → 年产), or past
 * the place word after a county or town blank (XX区2023年 → 2023年), and after the last 和 or 及 that joins two
 * figures (优质小麦和 → nothing).
 */
export function afterOtherBlank(clause: string): { rest: string; hadBlank: boolean } {
  const last = clause.search(LAST_MASK);
  if (last < 0) return { rest: clause, hadBlank: false };
  let rest = clause.slice(last).replace(LEADING_MASKS, "");
  if (/^[县市区镇乡村]/.test(rest)) rest = rest.slice(1);
  else rest = rest.replace(UNIT_AFTER, "");
  const join = Math.max(rest.lastIndexOf("和"), rest.lastIndexOf("及"));
  if (join >= 0 && join === rest.length - 1) rest = "";
  else if (join >= 0 && /^[\u4e00-\u9fff]{2,}/.test(rest.slice(0, join))) rest = rest.slice(join + 1);
  return { rest, hadBlank: true };
}

/** A subject with the words that only frame a figure taken from both ends and from inside, whole words, at most `max`. */
export function stripFrames(phrase: string, max = 20): string {
  let s = clean(phrase);
  for (let before = ""; before !== s; ) {
    before = s;
    const lead = LEAD.exec(s)?.[0];
    if (lead && (s.length - lead.length >= 2 || lead === s)) s = s.slice(lead.length);
    let ws = words(s);
    while (ws.length > 1 && TRAIL.has(ws.at(-1)!)) ws = ws.slice(0, -1);
    if (ws.length === 1 && TRAIL.has(ws[0]!)) ws = [];
    const inner = ws.filter((w, i) => !(INNER.has(w) && i > 0 && i < ws.length - 1));
    s = inner.join("");
  }
  return [...s].length > max ? lastWords(s, max) : s;
}

/** The first whole words of a phrase up to `max` characters, or "" when the first word alone is longer. */
export function headWords(phrase: string, max: number): string {
  const w = firstWords(phrase, max);
  return [...w].length > max ? "" : w;
}

/** The whole words at the end of a phrase, up to `max` characters. */
export { lastWords, words };
