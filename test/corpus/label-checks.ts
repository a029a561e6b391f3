// What a clerk asks of an imported template's labels and keys, checked against the source text and hand-written
// expectations only: never against the label rules of src/ (the fold of traditional characters is only read to
// compare a label, made from the folded text, with the text as written).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { CorpusEntry } from "../../scripts/dev/corpus-lib.mjs";
import { foldTraditional } from "../../src/scan/fold-traditional.js";
import { flatSource, readFields, slotPlaces } from "./template-checks.js";

const SEGMENTER = new Intl.Segmenter("zh", { granularity: "word" });

/** Units a figure prints after it: a label that is only these (or ends with its own) names nothing. */
const UNITS = [
  "%", "％", "‰", "个百分点", "百分点", "元", "万元", "亿元", "万美元", "美元", "万", "亿", "亩", "万亩", "余亩", "公顷",
  "个", "名", "人", "万人", "户", "家", "次", "年", "月", "日", "位", "项", "件", "批", "吨", "万吨", "斤", "万斤",
  "平方米", "平方公里", "公里", "人次", "分", "宗", "张", "届", "处", "县", "镇", "村", "乡", "区", "市",
];
/** Words that say what kind of thing a blank is without saying which: alone they are no label. */
const GENERIC = [
  "数量", "数额", "金额", "比例", "名称", "地名", "面积", "产量", "名次", "位次", "届次", "年份", "月份", "日期",
  "姓名", "数字", "字段", "数值", "增长", "同比增长", "增幅", "增速", "其他",
];
/** Words a label may add to the words of its sentence: the measure or role of the blank. */
const ADDED = new Set([
  ...GENERIC, "名", "户数", "人数", "个数", "家数", "次数", "宗数", "项数", "总额", "总量", "产值", "规模", "起始", "截止",
  "年", "的", "期末", "期初", "当年", "上年", "本年", "讲话", "报告", "印发", "发布", "召开", "签发",
  // A year's role for a figure (基期, 起始, 截止), a bound (项目金额下限), the speaker under a title, the usual
  // names of what 以X为指导 and “X五” stand for, and 甲乙丙 for the members of one list nothing else tells apart.
  "基期", "下限", "上限", "同期", "上年同期", "讲话人", "会议", "成文", "指导思想", "五年规划", "甲", "乙", "丙", "丁",
  // 城乡居民…分别 split into 城镇 and 农村; a year counted (X年跨X亿 → 年数); XX部 is a direction.
  "城镇", "农村", "年数", "方位",
]);
/** Counters that tell alike labels apart by position instead of by what they measure. */
const COUNTER = /另一项|另一处|第\s*[0-9一二三四五六七八九十]+\s*[处项个]|其[一二三四五六七八九十]|[（(]\s*[0-9一二三四五六七八九十]+\s*[)）]/u;
const MASK = /[XxＸｘ×]|_{2,}/u;
const SENTENCE_END = /[。！？!?]/u;
const CLAUSE_END = /[，,。；;：:！!？?]/u;
const HEADING = /^[\s\u3000]*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．])/u;
const TOP_HEADING = /^[\s\u3000]*[一二三四五六七八九十]+[、.．]/u;

interface Region {
  text: string;
  /** Word boundaries (indexes into text, in UTF-16 units; the texts are BMP Chinese). */
  bounds: Set<number>;
  /** Pieces may end at most here (the end of the blank's own clause); headings have no limit. */
  limit: number;
}

/**
 * Words ICU's dictionary gets wrong in these texts, written by hand from reading them: ICU cuts 稳居 and 基础设施
 * apart (so a label ending in 稳 or 基础 would pass) and reads 已到|位 (so 到位资金 would fail).
 */
const COMPOUNDS = ["稳居", "基础设施", "市场主体", "到位", "并村", "数字工厂", "终于", "可达", "达到", "共有", "年底", "分别"];

/** Word boundaries of a text, a figure and its 年/月/日 or digits never cut apart (2023年1-3月 is one run). */
function boundsOf(text: string): Set<number> {
  const folded = foldTraditional(text);
  const out = new Set<number>([0, text.length]);
  for (const s of SEGMENTER.segment(folded)) out.add(s.index);
  for (const w of COMPOUNDS) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      for (let k = at + 1; k < at + w.length; k++) out.delete(k);
      out.add(at);
      out.add(at + w.length);
    }
  }
  // Where Latin letters meet digits or Chinese (GDP19.92亿元): ICU keeps GDP19.92 one word.
  for (let k = 1; k < text.length; k++) {
    const a = /[A-Za-z]/u.test(text[k - 1]!);
    const b = /[A-Za-z]/u.test(text[k]!);
    if (a !== b && (a || b)) out.add(k);
  }
  for (const b of [...out]) {
    if (b > 0 && b < text.length && /[0-9０-９.．XxＸｘ]/u.test(text[b - 1]!) && /[年月日号0-9\-—－]/u.test(text[b]!))
      out.delete(b);
  }
  return out;
}

function region(text: string, limit = text.length): Region {
  return { text, bounds: boundsOf(text), limit };
}

const same = (a: string, b: string): boolean => a === b || foldTraditional(a) === foldTraditional(b);

/** Does `piece` stand in the region as whole words, ending within its limit? */
function standsIn(piece: string, r: Region, limited: boolean): boolean {
  const n = piece.length;
  for (let s = 0; s + n <= r.text.length; s++) {
    if (!r.bounds.has(s) || !r.bounds.has(s + n)) continue;
    if (limited && s + n > r.limit) continue;
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = same(piece[i]!, r.text[s + i]!);
    if (ok) return true;
  }
  return false;
}

/** Can the piece be cut into whole words of the regions and words a label may add? */
function readsFrom(piece: string, regions: Region[], limited: boolean): boolean {
  const ok: boolean[] = [true];
  for (let i = 0; i < piece.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= piece.length; j++) {
      if (ok[j]) continue;
      const sub = piece.slice(i, j);
      if (ADDED.has(sub) || regions.some((r) => standsIn(sub, r, limited))) ok[j] = true;
    }
  }
  return ok[piece.length] === true;
}

/** Is the text made only of the given words? */
function madeOf(text: string, words: readonly string[]): boolean {
  const ok: boolean[] = [true];
  for (let i = 0; i < text.length; i++) {
    if (ok[i]) for (const w of words) if (text.startsWith(w, i)) ok[i + w.length] = true;
  }
  return text.length > 0 && ok[text.length] === true;
}

/** The label without its bracketed parts, and the bracketed parts. */
function piecesOf(label: string): { core: string; notes: string[] } {
  const notes = [...label.matchAll(/（([^）]*)）|\(([^)]*)\)/gu)].map((m) => m[1] ?? m[2] ?? "");
  return { core: label.replace(/（[^）]*）|\([^)]*\)/gu, "").trim(), notes };
}

/** Where each field's first slot stands in the source (index into the non-whitespace characters). */
function firstPlaces(dir: string, entry: CorpusEntry): Map<string, number> {
  const first = new Map<string, number>();
  for (const p of slotPlaces(dir, entry)) if (!first.has(p.key)) first.set(p.key, p.at);
  return first;
}

/**
 * Problems of the labels of an imported template, each "key: “label” why": a bare unit or generic word, the
 * mask, a counter, the unit repeated, a word cut at either end (Intl.Segmenter's word boundaries in the blank's
 * own sentence), or words from after the blank's clause. The county's fixed label is left out.
 */
export function labelProblems(dir: string, entry: CorpusEntry): string[] {
  const fields = readFields(dir);
  const { flat, src } = flatSource(entry);
  const lines = entry.text.split("\n");
  const first = firstPlaces(dir, entry);
  const out: string[] = [];
  for (const [key, def] of Object.entries(fields)) {
    const label = def.label ?? "";
    const say = (why: string) => out.push(`${key}: “${label}” ${why}`);
    if (def.kind === "county") {
      if (COUNTER.test(label)) say("is told apart by a counter");
      continue;
    }
    const { core, notes } = piecesOf(label);
    if (MASK.test(label)) say("carries the mask");
    else if (COUNTER.test(label)) say("is told apart by a counter");
    // A place is named by its kind (镇名, 河名); anything else needs the words of what it is.
    else if (!core || (madeOf(core, [...UNITS, ...GENERIC]) && !(def.kind === "place" && /.名$/u.test(core))))
      say("is a bare unit or a word for any blank");
    // A one-character unit ending a noun (贫困户, 考核总分) is a word of it; 万元, 个百分点 at the end are the unit.
    else if (def.unit && ((def.unit.length > 1 && core.endsWith(def.unit)) || label.includes(`（${def.unit}`) || /[（(]单位/u.test(label)))
      say(`repeats its unit ${def.unit}`);
    const at = first.get(key);
    if (at === undefined) continue;
    const start = sentenceStart(flat, src, lines, at);
    const end = sentenceEndFrom(flat, at);
    const clause = clauseEndFrom(flat, at + (def.placeholder ?? "X").replace(/\s+/gu, "").length);
    const sentence = region(flat.slice(start, end), clause - start);
    const headings = lines
      .slice(0, src[at]!.line - 1)
      .filter((l, i) => i === 0 || HEADING.test(l))
      .map((l) => region(l.replace(/\s+/gu, "")));
    const regions = [sentence, ...headings];
    for (const piece of [core, ...notes]) {
      if (!piece || readsFrom(piece, regions, true)) continue;
      if (readsFrom(piece, regions, false)) say(`takes “${piece}” from after its own clause`);
      else say(`has “${piece}” cut mid-word or not from its sentence`);
      break;
    }
  }
  return out;
}

function sentenceStart(flat: string, src: { line: number }[], lines: string[], at: number): number {
  let i = at;
  while (i > 0 && at - i < 200 && !SENTENCE_END.test(flat[i - 1]!)) {
    if (src[i]!.line !== src[i - 1]!.line) {
      const prev = lines[src[i - 1]!.line - 1]!.trim();
      if (/[。！？!?：:；;]$/u.test(prev) || HEADING.test(prev)) break;
    }
    i--;
  }
  return i;
}

function sentenceEndFrom(flat: string, at: number): number {
  let i = at;
  while (i < flat.length && i - at < 200 && !SENTENCE_END.test(flat[i]!)) i++;
  return Math.min(flat.length, i + 1);
}

function clauseEndFrom(flat: string, from: number): number {
  let i = from;
  while (i < flat.length && i - from < 80 && !CLAUSE_END.test(flat[i]!)) i++;
  return i;
}

/** Handlebars reads the key as one path of the same segments (so {{key}} in template.hbs is that field). */
function isHandlebarsPath(key: string): boolean {
  try {
    const stmt = Handlebars.parse(`{{${key}}}`).body[0] as hbs.AST.MustacheStatement | undefined;
    const path = stmt?.path as hbs.AST.PathExpression | undefined;
    return stmt?.type === "MustacheStatement" && path?.type === "PathExpression" && path.parts.join(".") === key
      && stmt.params.length === 0;
  } catch {
    return false;
  }
}

/** Is `a` a subsequence of `b`? */
function within(a: string, b: string): boolean {
  let j = 0;
  for (const ch of b) if (ch === a[j]) j++;
  return j === a.length;
}

/**
 * Problems of the keys: not a Handlebars path, not read from the label (a counter such as 年份2), or standing
 * outside the document's heading for a blank under one (一、…).
 */
export function keyProblems(dir: string, entry: CorpusEntry): string[] {
  const fields = readFields(dir);
  const { src } = flatSource(entry);
  const lines = entry.text.split("\n");
  const first = firstPlaces(dir, entry);
  const out: string[] = [];
  for (const [key, def] of Object.entries(fields)) {
    const label = def.label ?? "";
    if (!isHandlebarsPath(key)) out.push(`${key}: not a Handlebars path`);
    const last = key.split(".").at(-1)!;
    // A dash cannot stand in a key: 1—10月 is written 1至10月 there.
    const chars = label.replace(/(\d)[-—－~](\d)/gu, "$1至$2").replace(/[^A-Za-z0-9_\u3400-\u9fff]/gu, "");
    if (def.kind !== "county" && !within(last, chars)) out.push(`${key}: not read from its label “${label}”`);
    const at = first.get(key);
    if (def.kind === "county" || at === undefined) continue;
    const under = lines.slice(0, src[at]!.line - 1).some((l, i) => !entry.chrome.includes(i + 1) && TOP_HEADING.test(l));
    if (under && !key.includes(".")) out.push(`${key}: stands under a heading but is not grouped under it`);
  }
  return out;
}

/** One hand-written expectation: the blank at line:column of a corpus file, and words its label must hold. */
export interface SampleRow {
  file: string;
  line: number;
  column: number;
  expect: string[];
}

/** test/corpus/label-sample.tsv: file, line, column, the words (joined by +) a clerk expects in the label. */
export function readSample(path: string): SampleRow[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#") && !l.startsWith("file\t"))
    .map((l) => {
      const [file, line, column, expect] = l.split("\t");
      return { file: file!, line: Number(line), column: Number(column), expect: expect!.split("+") };
    });
}

/** The sample rows of this template whose field's label misses an expected word, each with the label found. */
export function sampleMisses(dir: string, entry: CorpusEntry, rows: SampleRow[]): string[] {
  const fields = readFields(dir);
  const places = slotPlaces(dir, entry);
  const out: string[] = [];
  for (const r of rows) {
    const place = places.find((p) => p.label?.line === r.line && p.label.column === r.column);
    if (!place) {
      out.push(`${r.file}:${r.line}:${r.column}: no slot stands on this blank`);
      continue;
    }
    const label = fields[place.key]?.label ?? "";
    const folded = foldTraditional(label);
    const missing = r.expect.filter((w) => !folded.includes(foldTraditional(w)));
    if (missing.length) out.push(`${r.file}:${r.line}:${r.column}: “${label}” lacks ${missing.join("、")}`);
  }
  return out;
}

/** template.hbs and fields.yaml of a template folder, to compare two imports. */
export function folderText(dir: string): string {
  return ["template.hbs", "fields.yaml"].map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
}
