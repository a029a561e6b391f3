import { KIND_LABELS_ZH, type Kind } from "../kinds/kind-names.js";
import { isBlank } from "./chars.js";
import type { Clause } from "./context.js";

/** Words that open a clause without naming anything: where, when, and whose the figure is. */
const LEAD =
  /(?:[在对从自除据至于]|截至|全县|全市|全省|全区|我县|我市|今年|去年|上半年|下半年|全年|其中|同时|实现|完成|累计)+/y;
/** Verbs and particles between the thing named and its figure: 累计完成X亿元, 占财政支出的X%. */
const TRAIL_2 = new Set([
  "可以",
  "能够",
  "力争",
  "确保",
  "累计",
  "实现",
  "完成",
  "达到",
  "超过",
  "突破",
  "共计",
  "合计",
  "位居",
]);
const TRAIL_1 = new Set([..."达为是约近共已居第前的了"].map((c) => c.charCodeAt(0)));
/** After another blank in the same clause: its unit and a 的 (总投资X亿元的民生X件 → 民生). */
const AFTER_OTHER_BLANK = /[0-9.]*(?:[十百千]?[万亿]?[元亩]|[%％‰]|[个名人户天件项批年类届次位])?的?/y;
const MASKS = new Set([..."XxＸｘ×某○"].map((c) => c.charCodeAt(0)));
/** Measure words after which the thing counted follows: X个未开工项目, X名返乡人员, X户规模企业. */
const COUNTED_UNITS = new Set(["个", "名", "户", "件", "项", "家", "所", "座", "条", "位"]);
/** Words that end the counted thing: what happens to it, not what it is. */
const NOUN_STOP =
  /尽快|加快|正在|顺利|已经|全部|确诊|参加|开展|完成|实现|以上|以下|左右|以内|[的和与及等在被将要已均都]/;
/** Longest counted thing kept. */
const MAX_NOUN = 6;

/** The thing a count counts: the words after its measure word, up to a verb, a particle or the clause end. */
function nounAfter(text: string, from: number, clauseEnd: number): string {
  let words = text.slice(from, Math.min(clauseEnd, from + 12));
  const stop = NOUN_STOP.exec(words);
  if (stop) words = words.slice(0, stop.index);
  words = words.slice(0, MAX_NOUN);
  return words.length >= 2 && /^[\u4e00-\u9fff]+$/.test(words) ? words : "";
}

/** Longest subject kept in a label. */
const MAX_SUBJECT = 12;

const TEXT_KINDS: ReadonlySet<Kind> = new Set(["person", "place", "name"]);
const UNIT_KINDS: ReadonlySet<Kind> = new Set(["amount", "count", "percent"]);

/**
 * A short Chinese label for a placeholder, drawn from its clause: 全县规模工业总产值X亿元 gives
 * 规模工业总产值（亿元）; every county blank is 县名; names show the words around them. It works on
 * offsets into the text and slices once, since it runs for every placeholder of a large corpus.
 */
export function labelFor(text: string, clause: Clause, start: number, end: number, kind: Kind, unit?: string): string {
  if (kind === "county") return KIND_LABELS_ZH.county;
  if (TEXT_KINDS.has(kind)) return `${KIND_LABELS_ZH[kind]}（${snippet(text, clause, start, end)}）`;
  const subject = subjectBefore(text, clause.start, start);
  const counted =
    kind === "count" && unit && COUNTED_UNITS.has(unit) ? nounAfter(text, end + unit.length, clause.end) : "";
  if (counted) {
    // X个未开工项目 names its thing after the figure; 民生X件实事 on both sides.
    const both =
      subject.length >= 2 && subject.length <= 4 && !/[个名人户天件项批年类除对保要把将让使于在从给向]/.test(subject);
    return `${both ? subject : ""}${counted}（${unit}）`;
  }
  if (UNIT_KINDS.has(kind)) {
    const core = subject || text.slice(end, clause.end).trim().slice(0, 8);
    return unit ? `${core}（${unit}）` : core || KIND_LABELS_ZH[kind];
  }
  return subject
    ? `${subject}${KIND_LABELS_ZH[kind]}`
    : `${KIND_LABELS_ZH[kind]}（${snippet(text, clause, start, end)}）`;
}

/**
 * The noun phrase in text[from, to) before a figure: after any other blank, without the words that only
 * frame it, at most MAX_SUBJECT characters. Stripping that would leave less than two characters is undone.
 */
function subjectBefore(text: string, from: number, to: number): string {
  let s = from;
  let e = to;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  s = afterLastBlank(text, s, e);
  LEAD.lastIndex = s;
  if (LEAD.test(text) && e - LEAD.lastIndex >= 2) s = LEAD.lastIndex;
  const stripped = stripTrail(text, s, e);
  if (stripped - s >= 2) e = stripped;
  if (e - s < 2) return "";
  return text.slice(Math.max(s, e - MAX_SUBJECT), e);
}

/** Where the words after the last other blank in text[s, e) begin (s when there is none). */
function afterLastBlank(text: string, s: number, e: number): number {
  let i = e;
  while (i > s && !MASKS.has(text.charCodeAt(i - 1))) i--;
  if (i === s) return s;
  AFTER_OTHER_BLANK.lastIndex = i;
  AFTER_OTHER_BLANK.test(text);
  return Math.min(AFTER_OTHER_BLANK.lastIndex, e);
}

/** The end of text[s, e) once framing words are stripped from it, as many as there are (累计完成). */
function stripTrail(text: string, s: number, e: number): number {
  for (;;) {
    if (e - s >= 2 && TRAIL_2.has(text.slice(e - 2, e))) e -= 2;
    else if (e > s && TRAIL_1.has(text.charCodeAt(e - 1))) e -= 1;
    else return e;
  }
}

/** Up to four characters either side of the placeholder, within its clause. */
function snippet(text: string, clause: Clause, start: number, end: number): string {
  return text.slice(Math.max(clause.start, start - 4), Math.min(clause.end, end + 4)).trim();
}
