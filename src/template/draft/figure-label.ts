import type { Kind } from "../../kinds/kind-names.js";
import type { ScannedPlaceholder } from "../../scan/types.js";
import { MASK_CHARS } from "../../scan/patterns.js";
import {
  afterOtherBlank,
  CLAUSE_END,
  clauseStart,
  clean,
  headWords,
  MASK,
  MASK_CHAR,
  startAfter,
  stripFrames,
  words,
} from "./clause-words.js";

/** A figure met earlier in the same sentence: what it measures, to name a figure that only says how it moved. */
export interface EarlierFigure {
  thing: string;
  kind: Kind;
  offset: number;
}

/** The thing a figure measures, and how it moved or compares (同比增长, 年均增长, 高于全市, 上年同期). */
export interface Figure {
  thing: string;
  move: string;
  /** A time said with a rank's thing (民调从上半年的X名 → 上半年). */
  time?: string;
}

/** How a figure moved, at the end of its subject: 一般公共预算收入同比增长 → 一般公共预算收入 and 同比增长. */
const MOVE_TAIL =
  /(?:稳定|持续|快速|平稳)?(?:同比|比上年|较上年|环比|年均)?(?:增长|下降|增加|减少|提高|降低|增速|增幅|回落|上升)$/;
/** A subject that says only how a figure moved or compares: it needs the thing whose figure that is. */
const MOVE =
  /^(?:上年|去年)(?:提升|提高|增加|下降|回落)|^(?:分别)?(?:同比|比上年|较上年|比去年|较去年|环比|年均|总量和)?(?:分别)?(?:增长|下降|增加|减少|提高|降低|增速|增幅|回落|上升|提升|前移|后移|提升到|上升到|提高到)?$|^(?:增速|增幅)?(?:高于|低于|快于|慢于)|^(?:较上年|比上年|较去年|比去年)|^(?:上年|去年)?同期$|^总量$/;
/** How a rank is said around the thing ranked: 位居全市, 列全省, 排名乡镇二组 … 第. */
const RANK_TAIL = /(?:中)?(?:位居|位列|排名|排位|稳居|居|列|排)?(?:全[国省市县区州](?:县市区|县区)?|[省市县区]内)?$/;
/** A blank with the digits masked with it (x.x, xx0.9), as one. */
/** The end of a part of a sentence: a clause mark, but not 、 (a list goes on across it). */
const PART_END = /[，,。；;：:\n]/;
/** The end of a sentence or of a part of it after ；. */
const SENTENCE_OR_PART_END = /[。；;！？!?\n]/;
const BLANK = new RegExp(`${MASK}[${MASK_CHARS}0-9.]*`, "g");
/** A figure whose unit measures area: 万亩 of 高标准农田 is its 面积. */
const AREA = /亩|公顷|平方/;
/** What a unit counts, when a label would end with the unit itself (贫困户 户 → 贫困户户数). */
const COUNT_WORD: [RegExp, string][] = [
  [/^户$/, "户数"],
  [/^[人名]$|人次/, "人数"],
  [/^家$/, "家数"],
  [/^宗$/, "宗数"],
  [/^次$/, "次数"],
];
/** Verbs before a counted thing that belong in its label: 救治X名确诊病例, 签约X户. */
const KEEP_VERB = new Set(["救治", "核查", "引进", "新建", "签约", "培训", "改造", "治理", "辖", "建设"]);
/** Words that end the thing counted after a measure word: what happens to it, not what it is. */
const NOUN_STOP =
  /尽快|加快|正在|顺利|已经|全部|确诊(?!病例)|参加|开展|实现|列入|来|进行|以上|以下|左右|以内|建设|提前|疏解|搬迁|恢复|开工|完工|作为|[和与及等在被将要已均都至]|[0-9]/;
/** Verbs that put a sum to a use: 安排X亿元市级预算资金 is named by the money. */
const SPEND_VERB = /^(?:安排|投入|争取|落实|筹集|拨付|下达|整合|撬动)$/;

/**
 * The thing and move of a figure (count, amount, percent, rank, ordinal): the subject of its clause, framing words
 * left out; a clause that says only how something moved (同比增长, 增速位居全市第) takes the thing of the figure
 * before it in the sentence, or of the figure written out before it (GDP19.92亿元，比…同比增长X%); figures after
 * 分别 take the things listed before it in turn; a count names the thing counted after its measure word.
 */
export function figureOf(text: string, p: ScannedPlaceholder, earlier: readonly EarlierFigure[]): Figure {
  const shared = distributed(text, p, earlier);
  if (shared) return shared;
  let start = clauseStart(text, p.offset);
  // 国、地两税X万元: a one-character word listed before the clause belongs to it.
  if (text[start - 1] === "、" && /^[\u4e00-\u9fff]$/.test(text.slice(clauseStart(text, start - 1), start - 1)))
    start -= 2;
  const clause = text.slice(start, p.offset).replace("、", "");
  const { rest, hadBlank } = afterOtherBlank(clause);
  const previous = (): string => earlier.at(-1)?.thing || writtenThing(text, start) || "";
  let subject = stripFrames(rest);
  if (p.kind === "rank") {
    const from = /^(.+?)从(.+)$/.exec(subject);
    if (from) return { thing: from[1]!, move: "", time: stripFrames(from[2]!) };
    subject = subject.replace(/^(?:排名|位居|位列|排位)/, "").replace(RANK_TAIL, "");
    subject = stripFrames(subject);
    if (!subject || MOVE.test(subject))
      return { thing: previous(), move: /^(?:增速|增幅|总量和增幅)$/.test(subject) ? subject : "" };
    return { thing: subject, move: "" };
  }
  // The share of a target (完成全年目标任务的X%): the thing of the figure before, and the target.
  const share = /(完成|占)([^，,。；;]*?)的?$/.exec(clean(rest));
  if (share && p.kind === "percent" && /任务|目标|计划/.test(share[2]!) && !stripFrames(rest.split(share[1]!)[0]!))
    return { thing: previous(), move: `${share[1]}${stripFrames(share[2]!)}` };
  // A figure inside a quoted phrase (圆满兑现“X年跨X亿”庄严承诺): what the phrase is, measured by the unit.
  const quoted = quotedThing(text, p, clause);
  if (quoted) return quoted;
  const counted = countedThing(text, p, subject);
  if (counted !== undefined) return { thing: counted, move: "" };
  // X万元以上项目: the least amount of a project counted.
  const bound = /^[ \u3000]*(?:[十百千]?[万亿]?元)(以上|以下)([\u4e00-\u9fff]{2,4}?)(?:[0-9]|[，,。；;]|$)/.exec(
    text.slice(p.offset + p.length, p.offset + p.length + 12),
  );
  if (bound && !subject) return { thing: bound[2]!, move: bound[1] === "以上" ? "金额下限" : "金额上限" };
  if (/同期$/.test(subject)) return { thing: previous(), move: "上年同期" };
  // 全部开工、完工X个: the same projects, another stage.
  if (/^(?:开工|完工|竣工|建成|投产)$/.test(subject) && text[start - 1] === "、")
    return { thing: previous(), move: subject };
  // X族X人 after a nationality's name: its people.
  if (subject === "族") return { thing: "少数民族", move: "" };
  // A figure in brackets with no words of its own, after another: the same period a year before (X亿元（X亿元）).
  if (!subject && /[（(]$/.test(clause) && /同期/.test(text.slice(Math.max(0, p.offset - 200), p.offset)))
    return { thing: previous(), move: "上年同期" };
  if (!subject || MOVE.test(subject)) {
    const move = subject.replace(/^分别|分别/g, "");
    const base = previous();
    if (/^(?:高于|低于|快于|慢于)/.test(move) && base) return { thing: base, move: `增速${move}` };
    return { thing: base, move };
  }
  // Only the measure, after another figure (土地供应X宗面积X亩): that figure's thing measured so.
  if ((hadBlank && /^(?:面积|产值|金额|总额|人数|户数)$/.test(subject)) || (earlier.length > 0 && subject === "面积"))
    return { thing: previous(), move: subject };
  const tail = MOVE_TAIL.exec(subject);
  if (tail && subject.length - tail[0].length >= 2)
    return { thing: subject.slice(0, subject.length - tail[0].length), move: tail[0] };
  return { thing: subject, move: "" };
}

/**
 * The thing counted after a measure word (建设X个农村幸福院 → 农村幸福院, 沿淮X万亩优质小麦 → 沿淮优质小麦), when
 * the words before the figure are no more than a verb or a place; undefined when there is none.
 */
function countedThing(text: string, p: ScannedPlaceholder, said: string): string | undefined {
  if (!p.unit) return undefined;
  const spend = p.kind === "amount" && SPEND_VERB.test(said);
  const counts = p.kind === "count" || spend || (p.kind === "amount" && /亩|公顷|平方|吨|斤/.test(p.unit));
  if (!counts) return undefined;
  const from = p.offset + p.length + text.slice(p.offset + p.length).indexOf(p.unit) + p.unit.length;
  let after = text.slice(from, from + 20).replace(/^(?:以上|以下|多|余|左右)/, "");
  const mask = after.search(MASK_CHAR);
  if (mask >= 0) after = after.slice(0, mask);
  const end = after.search(CLAUSE_END);
  if (end >= 0) after = after.slice(0, end);
  const of = after.lastIndexOf("的");
  if (of >= 0) after = after.slice(of + 1);
  const stop = NOUN_STOP.exec(after);
  if (stop) after = after.slice(0, stop.index);
  const noun = clean(headWords(after, 10));
  const oneChar = /^[村镇乡]$/.test(noun);
  if (noun.length < 2 && !oneChar) return undefined;
  // What was formed where (形成了沿淮X万亩优质小麦): the place.
  const subject = said.split(/形成了?|建成了?|打造了?/).at(-1)!;
  const ws = words(subject);
  const verb = ws.at(-1) ?? "";
  const shortPlace =
    subject.length > 0 &&
    subject.length <= 3 &&
    !KEEP_VERB.has(subject) &&
    ws.length <= 2 &&
    !/^[我你他]/.test(subject);
  if (spend) return noun;
  if (subject && !shortPlace && !KEEP_VERB.has(verb) && !/^(?:有|建成|完成|形成|打造|用|我用)$/.test(verb)) {
    // A longer subject and the thing counted after the figure (出台支持重建X条政策措施): both, when short enough.
    const measure = /^(?:面积|金额|产值|总额|人数|户数|数量)/.test(noun);
    return p.kind === "count" && !measure && [...subject].length + [...noun].length <= 14 && noun.length >= 2
      ? `${subject}${noun}`
      : undefined;
  }
  if (shortPlace) return `${subject}${noun}`;
  return KEEP_VERB.has(verb) ? `${verb}${noun}` : noun;
}

/** A figure in a quoted phrase: the words after the closing quote, measured by its unit (年 → 年数). */
function quotedThing(text: string, p: ScannedPlaceholder, clause: string): Figure | undefined {
  const open = clause.lastIndexOf("“");
  if (open < 0 || clause.indexOf("”", open) >= 0) return undefined;
  const close = text.indexOf("”", p.offset);
  if (close < 0 || close - p.offset > 20) return undefined;
  const after = text.slice(close + 1, close + 20).split(CLAUSE_END)[0]!;
  const thing = stripFrames(clean(headWords(after.replace(/^的/, ""), 8)));
  if (thing.length < 2) return undefined;
  const unitAfter = text.slice(p.offset + p.length, p.offset + p.length + 2);
  return { thing, move: /^年/.test(unitAfter) ? "年数" : measureOf(p.kind, p.unit) };
}

/**
 * Figures after 分别 (A X亿元、B X亿元，年均分别增长X%和X%; 一、二、三产增加值分别同比增长X%、X%和X%): the n-th
 * takes the n-th thing listed, and the words between 分别 and the first figure as its move.
 */
function distributed(text: string, p: ScannedPlaceholder, earlier: readonly EarlierFigure[]): Figure | undefined {
  const s = startAfter(PART_END, text, p.offset, 60);
  const part = text.slice(s, p.offset).replace("分別", "分别");
  const at = part.indexOf("分别");
  if (at < 0 || p.kind === "rank") return undefined;
  const firstMask = part.slice(at).search(MASK_CHAR);
  const index = firstMask < 0 ? 0 : (part.slice(at + firstMask).match(BLANK) ?? []).length;
  const groupText = text.slice(s, s + 80).split(/[，,。；;]/)[0]!;
  const size = (groupText.slice(at).match(BLANK) ?? []).length;
  const head = part.slice(0, at);
  // The words around 分别 up to the first figure say how they moved (年均分别增长 → 年均增长).
  const moveHead = MOVE.test(clean(head)) ? clean(head) : "";
  const move = clean(moveHead + (firstMask < 0 ? part.slice(at) : part.slice(at, at + firstMask))).replace("分别", "");
  // A list before 分别: 一、二、三产增加值 → 一产增加值, 二产增加值, 三产增加值.
  const listStart = sentencePartStart(text, s);
  const list = (text.slice(listStart, s) + head).replace(/^(?:其中|全[县市区镇])/, "");
  const items = list.split(/[、和及]/).map((x) => clean(x));
  if (items.length === size && items.length > 1) {
    const last = items.at(-1)!;
    const tail = items.slice(0, -1).every((x) => x.length === 1) ? last.slice(1) : "";
    return { thing: `${items[index]}${index < items.length - 1 ? tail : ""}`, move };
  }
  const pre = moveHead ? "" : stripFrames(head);
  // 城乡居民人均可支配收入分别增长X%、X%: the town's first, then the country's.
  if (/^城乡/.test(pre) && size === 2) return { thing: pre.replace(/^城乡/, index === 0 ? "城镇" : "农村"), move };
  const things = earlier.filter((f) => f.kind !== "percent" && f.kind !== "rank").map((f) => f.thing);
  if (!pre && things.length >= size && size > 1) return { thing: things[things.length - size + index]!, move };
  return undefined;
}

/** Where the part of a sentence before `from` starts, across 、 (the start of a list). */
function sentencePartStart(text: string, from: number): number {
  return startAfter(PART_END, text, from, 40);
}

/** The thing of a figure written out before the clause (全镇预计实现GDP19.92亿元，比…): its subject. */
export function writtenThing(text: string, clauseFrom: number): string {
  const before = text.slice(Math.max(0, startAfter(SENTENCE_OR_PART_END, text, clauseFrom - 1, 79)), clauseFrom);
  const m =
    /([^，,。；;、0-9.XxＸｘ×]+?)[0-9][0-9.]*\s*(?:亿元|万元|元|亿|万|%|％|亩|吨|斤|个|家|户|人)[^，,。；;]*[，,；;]?$/.exec(
      before,
    );
  return m ? stripFrames(m[1]!) : "";
}

/** The label of a figure: its thing, how it moved, and for a rank 名次; the unit's measure when nothing else. */
export function figureLabel(f: Figure, kind: Kind, unit: string | undefined): string {
  if (kind === "rank") return `${f.time ?? ""}${f.thing}${f.move}名次`;
  let label = `${f.thing}${f.move}`;
  if (!label) return measureOf(kind, unit);
  const word = unit ? COUNT_WORD.find(([re]) => re.test(unit))?.[1] : undefined;
  if (word && !f.move && !/[数量]$|人口$/.test(label) && (kind === "count" || label.endsWith(unit!)))
    label = `${label}${word}`;
  if (unit && AREA.test(unit) && !/面积|面積|亩|畝/.test(label)) label = `${label}面积`;
  if (kind === "percent" && /任务|目标|计划$/.test(label)) label = `${label}比例`;
  if (kind === "count" && f.thing && !f.move && unit && /^[个项家所座条件批宗张]$/.test(unit) && !/数|量/.test(label))
    label = `${label}数量`;
  return label;
}

/** What a unit measures, to name a figure that has no words of its own (户 → 户数, 平方米 → 面积). */
const MEASURE: [RegExp, string][] = [
  [/元$/, "金额"],
  [/亩|公顷|平方/, "面积"],
  [/吨|斤|担/, "产量"],
  [/^户$/, "户数"],
  [/^[人名]$|人次/, "人数"],
  [/[个项家所座条件批宗张例起套处次]$/, "数量"],
  [/%|％|百分点/, "比例"],
];

/** The measure a unit implies (亩 → 面积), or the kind's own word. */
export function measureOf(kind: Kind, unit: string | undefined): string {
  for (const [re, word] of MEASURE) if (unit && re.test(unit)) return word;
  return kindWord(kind);
}

/** The word for a blank of a kind that has nothing else to name it. */
export function kindWord(kind: Kind): string {
  return {
    count: "数量",
    amount: "数额",
    percent: "比例",
    rank: "名次",
    date: "日期",
    ordinal: "届次",
    county: "县名",
    place: "地名",
    person: "姓名",
    name: "名称",
  }[kind];
}
