import type { ScannedPlaceholder } from "../../scan/types.js";
import {
  afterOtherBlank,
  CLAUSE_END,
  clauseStart,
  clean,
  headWords,
  MASK,
  sentenceStart,
  STARTS_WITH_MASK,
  stripFrames,
  words,
} from "./clause-words.js";
import { dateLabel } from "./date-label.js";
import { type EarlierFigure, figureLabel, figureOf } from "./figure-label.js";
import { ordinalLabel, roleLabel } from "./role-label.js";

export type { EarlierFigure } from "./figure-label.js";
export { measureOf } from "./figure-label.js";

/** A blank with another right before or after it in a 、-list (XX、XX). */
const LISTED_AFTER = new RegExp(`${MASK}[ \\u3000]*、[ \\u3000]*$`);
const LISTED_BEFORE = new RegExp(`^[ \\u3000]*、[ \\u3000]*${MASK}`);
/** A blank and its unit, taken out of a label's words. */
const BLANK_WITH_UNIT = new RegExp(
  `${MASK}+[0-9.]*(?:个百分点|[十百千]?[万亿]?(?:美元|元|亩|吨|斤)|[%％]|[个名人户项件家宗次位])?`,
  "g",
);

/** Time words that tell two figures of one thing apart: 上半年, 全年, 1—10月份, 二季度. */
const TIME =
  /上半年|下半年|全年|今年|去年|前三季度|[一二三四]季度|第[一二三四]季度|\d+[-—－至~]\d+月份?|\d+月份?|[一二三四五六七八九十]+月份?/g;

/** A field's label, before telling apart labels that came out the same, and the words that may tell them apart. */
export interface DraftLabel {
  /** What is measured or named, no unit, no mask, no punctuation: 一般公共预算收入, 镇名. */
  label: string;
  /** The thing a figure measures (一般公共预算收入 of 一般公共预算收入同比增长), for the figures after it. */
  thing: string;
  /** The time its sentence speaks of, nearest before it: 上半年, 1—10月份. */
  lead: string;
  /** The thing of the figure before it in its sentence: 跟踪在谈项目 for its 总投资. */
  owner: string;
  /** The last words before it in its clause: 总结 and 部署 of two 经济工作年份, 北接 and 东临 of two 镇名. */
  before: string;
  /** The whole words after it in its own clause, other blanks and their units left out. */
  after: string;
}

/**
 * A clerk's label for a blank, read from its clause: for a figure, the thing measured and how it moved
 * (一般公共预算收入同比增长), its unit left to the `unit` field; for a date, the act or thing it dates; for a
 * name, its role (书记姓名, 镇名, 产业园名称). `earlier` are the figures before it in the same sentence.
 */
export function draftLabel(
  text: string,
  p: ScannedPlaceholder,
  earlier: readonly EarlierFigure[],
  levelName: string,
): DraftLabel {
  // One of a list of like blanks (XX、XX、XX平台公司): the words around the list are the same for each.
  const listed =
    LISTED_AFTER.test(text.slice(Math.max(0, p.offset - 4), p.offset)) ||
    LISTED_BEFORE.test(text.slice(p.offset + p.length, p.offset + p.length + 4));
  const words_ = {
    lead: leadOf(text, p),
    owner: earlier.at(-1)?.thing ?? "",
    before: listed ? "" : beforeOf(text, p),
    after: listed ? "" : afterOf(text, p, p.kind === "person"),
  };
  if (p.kind === "county") return { label: levelName, thing: "", ...words_ };
  if (p.kind === "person" || p.kind === "place" || p.kind === "name")
    return { label: roleLabel(text, p), thing: "", ...words_ };
  if (p.kind === "date") {
    const label = dateLabel(text, p, earlier);
    const thing = /(?:基期|起始|截止)年份$/.test(label) ? label.replace(/(?:基期|起始|截止)年份$/, "") : "";
    return { label, thing, ...words_ };
  }
  if (p.kind === "ordinal") return { label: ordinalLabel(text, p), thing: "", ...words_ };
  const figure = figureOf(text, p, earlier);
  return { label: figureLabel(figure, p.kind, p.unit), thing: figure.thing, ...words_ };
}

/** The time its sentence speaks of, nearest before the blank. */
function leadOf(text: string, p: ScannedPlaceholder): string {
  const before = text.slice(sentenceStart(text, p.offset), p.offset);
  return [...before.matchAll(TIME)].at(-1)?.[0] ?? "";
}

/** The last word (two at most, four characters) before the blank in its clause, framing words left out. */
function beforeOf(text: string, p: ScannedPlaceholder): string {
  // Only the words after any other blank of the clause (主要有X族X人: none).
  const clause = clean(afterOtherBlank(text.slice(clauseStart(text, p.offset), p.offset)).rest);
  const ws = words(clause).filter((w) => /^[\u4e00-\u9fff]+$/.test(w));
  const last = ws.at(-1) ?? "";
  const before = stripFrames(last.length === 1 && ws.length > 1 ? ws.slice(-2).join("") : last);
  return before.length >= 2 ? before : "";
}

/** Whole words after the blank in its clause, other blanks and units left out, at most ten characters. */
function afterOf(text: string, p: ScannedPlaceholder, person: boolean): string {
  let rest = text
    .slice(p.offset + p.length, p.offset + p.length + 40)
    .replace(/^五[”"]的?/, "")
    .split(CLAUSE_END)[0]!;
  // A person's title is the label already (XX县长做重要讲话 → 做重要讲话).
  if (person) rest = rest.replace(/^[ \u3000]*(?:同志|副?(?:书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席))/, "");
  // The next blank right after this one's unit (X族X人X乡属…): what follows is that blank's.
  const own = rest.replace(
    /^[ \u3000]*(?:[十百千]?[万亿]?(?:美元|元|亩|吨|斤)|[%％]|[个名人户项件家宗次年月日位])?/,
    "",
  );
  if (STARTS_WITH_MASK.test(own)) return "";
  const plain = rest
    .replace(BLANK_WITH_UNIT, " ")
    .replace(
      /^[ \u3000]*(?:[0-9.]*)(?:个百分点|[十百千]?[万亿]?(?:美元|元|亩|吨|斤)|[%％]|[个名人户项件家宗次年月日位])?的?/,
      "",
    );
  return clean(headWords(plain.split(" ").filter(Boolean).join(""), 10));
}
