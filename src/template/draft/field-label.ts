import type { Kind } from "../../kinds/kind-names.js";
import type { ScannedPlaceholder } from "../../scan/types.js";
import { firstWords, lastWords, words } from "./words.js";

/** Masks and the punctuation that ends a clause: a label holds neither. */
const MASKS = /[XxＸｘ×某○_]+/g;
const CUT = /[，,。；;：:！!？?、（）()“”"‘’'《》【】%％\s]/;
/** Words that open a clause without naming the thing measured. */
const LEAD =
  /^(?:全[县市区镇乡省]|[我本][县市区镇乡]|现已|目前|已经|已|共|共计|累计|全年|其中|同时|力争|确保|实现|完成|包括|有序推进|推进|新增|达到|达|为|是|约|和|与|及|并|比|较)+/;
/** How a rank is said after the thing ranked: 位居全市, 列全省. */
const RANK_TAIL = /(?:增速|增幅|总量)?(?:位居|位列|排名|排位|居|列|排)?(?:全[国省市县区州]|[省市县区]内)?$/;
/** A label that says only how a figure moved: it needs the thing whose figure moved. */
const MOVE_ONLY = /^(?:分别)?(?:同比|比上年|较上年|环比)?(?:增长|下降|增加|减少|提高|降低|增速|增幅|回落|上升)$/;
/** Acts a date after a document's text stands for: 印发, 发布, 签发, 通过, 召开. */
const DATE_ACT = /^[ \u3000]*(印发|发布|签发|通过|召开|举行|施行)/;
/** Longest label kept, in characters (whole words). */
const MAX_LABEL = 14;

/** What a unit measures, to name a figure that has no words of its own (户 → 户数, 平方米 → 面积). */
const MEASURE: [RegExp, string][] = [
  [/元$/, "金额"],
  [/亩|公顷|平方/, "面积"],
  [/吨|斤|担/, "产量"],
  [/[人户个项家所座条件批宗张例起套处次]$/, "数量"],
  [/%|％|百分点/, "比例"],
];

/** The role word of a text blank: 书记姓名, 镇名, 产业园名称. */
const TITLE =
  /^(?:同志|先生|女士|副?(?:书记|县长|市长|区长|镇长|乡长|省长|主任|局长|部长|厅长|主席|院长|校长|所长|科长|处长|股长|站长|队长|厂长|社长|会长|行长|委员(?!会)|总经理|经理|董事长|理事长|秘书长))/;
const PLACE_SUFFIX =
  /^(?:县区|县|市|区|镇|乡|街道|社区|村|水库|湿地|流域|河|江|湖|山|岭|省|州|湾|岛|峡|渠|沟|塬|峪|坝|圩|堤|竹海|景区)/;

/** A field's label, before telling apart labels that came out the same. */
export interface DraftLabel {
  /** What is measured or named, no unit, no mask, no punctuation: 一般公共预算收入, 镇名. */
  label: string;
  /** Words that may tell it apart from a same-named one: the lead of its clause, the words after it. */
  lead: string;
  after: string;
}

/**
 * A clerk's label for a blank: for a figure, the thing measured (the scanner's subject, cut to whole words,
 * its unit left to the `unit` field); a figure that only says how something moved (同比增长) is given the
 * thing from the figure before it. For a name, its role: 书记姓名, 镇名, 产业园名称.
 */
export function draftLabel(
  text: string,
  p: ScannedPlaceholder,
  previous: string | undefined,
  levelName: string,
): DraftLabel {
  // The words after the blank, its own unit left out (X万吨新能源涂碳箔 → 新能源涂碳箔).
  const next = text
    .slice(p.offset + p.length, p.offset + p.length + 16)
    .split(CUT)[0]!
    .replace(/^[0-9.]*/, "");
  const after = clean(
    p.unit && next.startsWith(p.unit)
      ? next.slice(p.unit.length)
      : next.replace(/^(?:[十百千]?[万亿]?[元亩%个名人户项件家])?/, ""),
  );
  const lead = leadOf(p.context);
  if (p.kind === "county") return { label: levelName, lead, after };
  if (p.kind === "person" || p.kind === "place" || p.kind === "name") return { label: roleLabel(text, p), lead, after };
  if (p.kind === "date") {
    const what = /月/.test(p.text) ? (/日/.test(p.text) ? "日期" : "月份") : /年/.test(p.text) ? "年份" : "日期";
    // The act a document's date stands for, when the words after it say (20XX年X月X日印发 → 印发日期).
    const act =
      what === "日期" ? DATE_ACT.exec(text.slice(p.offset + p.length, p.offset + p.length + 4))?.[1] : undefined;
    return { label: act ? `${act}日期` : what, lead, after };
  }
  let core = subjectBefore(text, p);
  if (p.kind === "rank") {
    const thing = core.replace(RANK_TAIL, "");
    return { label: `${thing.length >= 2 ? thing : (previous ?? "")}名次`, lead, after };
  }
  if (core.length < 2 || MOVE_ONLY.test(core) || isUnit(core, p.unit)) {
    const base = previous ?? "";
    core =
      base && !MOVE_ONLY.test(core) && core.length >= 2
        ? `${base}${core}`
        : `${base}${core.length >= 2 ? core : measureOf(p.kind, p.unit)}`;
  }
  return { label: core || kindWord(p.kind), lead, after };
}

/** The measure a unit implies (亩 → 面积), or the kind's own word. */
export function measureOf(kind: Kind, unit: string | undefined): string {
  for (const [re, word] of MEASURE) if (unit && re.test(unit)) return word;
  return kindWord(kind);
}

function kindWord(kind: Kind): string {
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

function roleLabel(text: string, p: ScannedPlaceholder): string {
  const rest = text.slice(p.offset + p.length, p.offset + p.length + 12).replace(/^[ \u3000]+/, "");
  if (p.kind === "person") {
    const title = TITLE.exec(rest)?.[0];
    const before = /(书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席|委员|干部|代表)[:：]?[ \u3000]*$/.exec(
      text.slice(Math.max(0, p.offset - 8), p.offset),
    )?.[1];
    const t = title && title !== "同志" && title !== "先生" && title !== "女士" ? title : before;
    return t ? `${t}姓名` : "姓名";
  }
  if (p.kind === "place") {
    const suffix = PLACE_SUFFIX.exec(rest)?.[0];
    return suffix ? `${suffix.replace(/^县区$/, "县")}名` : "地名";
  }
  const noun = clean(
    firstWords(rest.split(CUT)[0]!.split(/已|正在|完成|实现|顺利|全面|均|等|的|将|被|在|建设|开工|投产|进入/)[0]!, 8),
  );
  return noun.length >= 2 ? `${noun}名称` : "名称";
}

/** Where a clause ends, looking back from a figure. */
const CLAUSE_END = /[，,。；;：:！!？?、\n]/;

/** Words that only frame a figure at the end of its subject: 达, 为, 累计完成, 位居. */
const TRAIL = new Set([
  "达",
  "为",
  "是",
  "约",
  "近",
  "共",
  "已",
  "居",
  "第",
  "前",
  "的",
  "了",
  "达到",
  "完成",
  "实现",
  "累计",
  "超过",
  "突破",
  "共计",
  "合计",
  "位居",
  "可以",
  "能够",
  "力争",
  "确保",
  "分别",
  "列",
  "排",
  "在",
  "比",
  "较",
  "至",
  "到",
  "以上",
  "新增",
]);

/**
 * The thing a figure measures: the words of its clause before it (after any other blank and its unit), framing
 * words at both ends left out, cut to whole words.
 */
function subjectBefore(text: string, p: ScannedPlaceholder): string {
  let s = p.offset;
  while (s > 0 && p.offset - s < 40 && !CLAUSE_END.test(text[s - 1]!)) s--;
  let clause = text.slice(s, p.offset);
  // After another blank in the clause: what follows its unit (投资X亿元的年产 → 年产).
  const lastMask = clause.search(/[XxＸｘ×某○_][^XxＸｘ×某○_]*$/);
  if (lastMask >= 0)
    clause = clause
      .slice(lastMask)
      .replace(/^[XxＸｘ×某○_0-9.]+(?:[十百千]?[万亿]?[元亩吨斤]|[个名人户项件家宗次批年类]|[%％‰]|个百分点)?的?/, "");
  let ws = words(clean(clause));
  while (ws.length > 0 && TRAIL.has(ws.at(-1)!)) ws = ws.slice(0, -1);
  let joined = ws.join("").replace(LEAD, "");
  if ([...joined].length > MAX_LABEL) joined = lastWords(joined, MAX_LABEL);
  return joined;
}

function leadOf(context: string): string {
  const m =
    /^[^XxＸｘ×某○_，,。；;：:]*?(上半年|下半年|全年|今年|去年|前三季度|一季度|二季度|三季度|四季度|\d+[-—－至]\d+月|\d+月份?|[一二三四五六七八九十]+月)/.exec(
      context,
    );
  return m?.[1] ?? "";
}

function clean(s: string): string {
  return s
    .replace(MASKS, "")
    .replace(/[“”"'‘’《》【】()（）%％‰\s]/g, "")
    .trim();
}

function isUnit(core: string, unit: string | undefined): boolean {
  return unit !== undefined && (core === unit || (core.endsWith(unit) && core.length <= unit.length + 1));
}
