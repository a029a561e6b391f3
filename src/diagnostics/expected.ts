import type { Kind } from "../kinds/kind-names.js";
import type { Lang } from "./lang.js";

/** What a value of each kind should look like, in words a clerk reads, with an example. */
const EXPECTED: Record<Lang, Record<Kind, string>> = {
  zh: {
    county: "县名（不带“县”字），如 青川",
    place: "地名，如 陕西、秦岭",
    person: "姓名，如 张建国",
    name: "名称",
    count: "整数，如 12",
    amount: "数字，如 12.30",
    percent: "数字（可为负数，可带%），如 8.5 或 -3.2",
    rank: "正整数名次，如 3",
    date: "日期，如 3月15日 或 2020-03-15",
    ordinal: "届次数字，如 15 或 十五",
  },
  en: {
    county: "the county's name without 县, e.g. 青川",
    place: "a place name, e.g. 陕西",
    person: "a person's name, e.g. 张建国",
    name: "a name",
    count: "a whole number, e.g. 12",
    amount: "a number, e.g. 12.30",
    percent: "a number (may be negative, % allowed), e.g. 8.5 or -3.2",
    rank: "a positive whole number, e.g. 3",
    date: "a date such as 3月15日 or 2020-03-15",
    ordinal: "a session number, e.g. 15 or 十五",
  },
};

/** The expected-value wording for a kind. */
export function expectedFor(kind: Kind, lang: Lang): string {
  return EXPECTED[lang][kind];
}

export type NodeShape = "map" | "seq" | "scalar" | "other";

/** Words for what was found when it is not a plain value (a list, a mapping …). */
export function describeNode(type: NodeShape, lang: Lang): string {
  const zh = { map: "一组“字段: 值”", seq: "一个列表", scalar: "一个单独的值", other: "无法识别的内容" };
  const en = { map: "a mapping", seq: "a list", scalar: "a single value", other: "something unrecognised" };
  return (lang === "zh" ? zh : en)[type];
}
