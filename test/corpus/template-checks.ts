// What the corpus test asks of an imported template, written against the template folder's files and the
// hand labels only (never against the scanner's own opinion of a blank).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import YAML from "yaml";
import type { CorpusEntry, Label } from "../../scripts/dev/corpus-lib.mjs";

interface FieldDef {
  label?: string;
  kind?: string;
  unit?: string;
  placeholder?: string;
}

/** fields.yaml of a template folder. */
export function readFields(dir: string): Record<string, FieldDef> {
  const doc = YAML.parse(readFileSync(join(dir, "fields.yaml"), "utf8")) as { fields?: Record<string, FieldDef> };
  return doc.fields ?? {};
}

/** The source text minus its chrome lines, all whitespace removed (the comparison "whitespace aside"). */
export function speechWithoutChrome(entry: CorpusEntry): string {
  return entry.text
    .split("\n")
    .filter((_, i) => !entry.chrome.includes(i + 1))
    .join("\n")
    .replace(/\s+/gu, "");
}

/** Non-whitespace characters of the source outside chrome, each with its 1-based line and column. */
function sourceChars(entry: CorpusEntry): { ch: string; line: number; column: number }[] {
  const out: { ch: string; line: number; column: number }[] = [];
  entry.text.split("\n").forEach((text, i) => {
    if (entry.chrome.includes(i + 1)) return;
    [...text].forEach((ch, c) => {
      if (!/\s/u.test(ch)) out.push({ ch, line: i + 1, column: c + 1 });
    });
  });
  return out;
}

function setPath(obj: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let o = obj;
  for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Record<string, unknown>;
  o[parts.at(-1)!] = value;
}

/** A slot of template.hbs placed on the source: its key, where it stands (index into `flat`) and its hand label. */
export interface SlotPlace {
  key: string;
  /** Index of the slot's first character in the source's non-whitespace characters (chrome left out). */
  at: number;
  label: Label | undefined;
}

/** The source's non-whitespace characters outside chrome, as one string and one position each. */
export function flatSource(entry: CorpusEntry): { flat: string; src: { ch: string; line: number; column: number }[] } {
  const src = sourceChars(entry);
  return { flat: src.map((c) => c.ch).join(""), src };
}

/**
 * Every slot of template.hbs in order, placed on the source: template.hbs is rendered with a marker per slot
 * and walked along the source (chrome removed, whitespace aside) to find where each slot sits.
 */
export function slotPlaces(dir: string, entry: CorpusEntry): SlotPlace[] {
  const fields = readFields(dir);
  const keys = Object.keys(fields);
  const data: Record<string, unknown> = {};
  keys.forEach((k, i) => setPath(data, k, `\u0001${i}\u0002`));
  const hbs = readFileSync(join(dir, "template.hbs"), "utf8");
  const rendered = Handlebars.compile(hbs, { noEscape: true })(data);
  const { flat, src } = flatSource(entry);
  const parts = rendered.split(/\u0001(\d+)\u0002/u);
  const out: SlotPlace[] = [];
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      const lit = parts[i]!.replace(/\s+/gu, "");
      if (!lit) continue;
      const at = flat.startsWith(lit, pos) ? pos : flat.indexOf(lit.slice(0, 8), pos);
      if (at >= 0) pos = at + lit.length;
      continue;
    }
    const key = keys[Number(parts[i])]!;
    const here = src[pos];
    const label = here && entry.labels.find((l) => l.line === here.line && l.column <= here.column
      && here.column < l.column + [...l.text].length);
    out.push({ key, at: pos, label: label || undefined });
    const ph = (fields[key]?.placeholder ?? "").replace(/\s+/gu, "");
    if (ph && flat.startsWith(ph, pos)) pos += ph.length;
    else {
      const next = (parts[i + 1] ?? "").replace(/\s+/gu, "").slice(0, 8);
      const at = next ? flat.indexOf(next, pos) : -1;
      pos = at >= 0 ? at : pos + 1;
    }
  }
  return out;
}

/** For each field key, the hand label of the first blank its slot stands on. */
export function labelsBySlot(dir: string, entry: CorpusEntry): Map<string, Label | undefined> {
  const out = new Map<string, Label | undefined>();
  for (const { key, label } of slotPlaces(dir, entry)) {
    if (!out.has(key) || (!out.get(key) && label)) out.set(key, label);
  }
  return out;
}

/** A value such as a clerk would type for a blank of this kind (the date's shape read from the blank). */
export function realisticValue(kind: string, label: Label | undefined, entry: CorpusEntry): unknown {
  switch (kind) {
    case "county":
      return "柳河";
    case "place":
      return "青石";
    case "person":
      return "王建国";
    case "name":
      return "华芯";
    case "count":
      return 12;
    case "amount":
      return 12.5;
    case "percent":
      return 6.8;
    case "rank":
      return 3;
    case "ordinal":
      return 15;
    case "date": {
      const text = label?.text ?? "";
      const after = label ? [...(entry.text.split("\n")[label.line - 1] ?? "")][label.column - 1 + [...text].length] : "";
      if (/^[\dXxＸｘ]+([/.-])[\dXxＸｘ]+\1[\dXxＸｘ]+$/u.test(text)) return "2023/3/15"; // 201X/X/XX
      if (text.includes("年") && text.includes("月")) return "2023年3月15日";
      if (text.includes("月")) return "3月15日";
      if (after === "年" || /^\d*[XxＸｘ*]+\d*$/u.test(text) && text.length >= 3) return "2023";
      if (after === "月") return "3月";
      return "3月15日";
    }
    default:
      return "华芯";
  }
}

/** A data file for the template: every field filled by the kind of its hand label (the field's own kind if none). */
export function dataByLabels(dir: string, entry: CorpusEntry): string {
  const fields = readFields(dir);
  const bySlot = labelsBySlot(dir, entry);
  const data: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(fields)) {
    const label = bySlot.get(key);
    setPath(data, key, realisticValue(label?.kind ?? def.kind ?? "name", label, entry));
  }
  return YAML.stringify(data);
}

const UNITS = new Set(["%", "％", "元", "万元", "亿元", "万", "亿", "亩", "万亩", "个", "名", "人", "户", "家", "次", "年", "月", "日",
  "位", "项", "件", "批", "吨", "万吨", "斤", "平方米", "公里", "人次", "分", "宗", "张", "届", "处", "县", "镇", "村", "乡"]);

/** Labels in fields.yaml that are a bare unit, carry a mask or a cut clause, or are told apart by "（第N处）". */
export function badLabels(dir: string): string[] {
  const out: string[] = [];
  for (const [key, def] of Object.entries(readFields(dir))) {
    const label = def.label ?? "";
    const core = label.replace(/（[^）]*）|\([^)]*\)/gu, "").trim();
    if (!core || UNITS.has(core)) out.push(`${key}: “${label}” is a bare unit`);
    else if (/[XxＸｘ×]|_{2,}/u.test(label)) out.push(`${key}: “${label}” carries the mask`);
    else if (/[,，;；。:：!！?？]/u.test(label)) out.push(`${key}: “${label}” is a clause fragment`);
    else if (/第\d+处/u.test(label)) out.push(`${key}: “${label}” is told apart by its position only`);
  }
  return out;
}

/**
 * Fields of `init`'s skeleton whose comment block repeats the 原文 line or prints the unit twice in its heading.
 * A field's block is the comment lines right above its `key:` line (groups nest fields without blank lines,
 * so a block is cut at every key line, not at blank lines).
 */
export function badInitBlocks(skeleton: string): string[] {
  const out: string[] = [];
  let comments: string[] = [];
  for (const line of skeleton.split("\n")) {
    if (/^\s*#/u.test(line)) {
      comments.push(line.trim());
      continue;
    }
    const key = /^\s*([^#\s][^:]*):\s*$/u.exec(line)?.[1];
    if (key && comments.length > 0) {
      const head = comments[0]!;
      if (comments.filter((l) => /^#\s*原文/u.test(l)).length > 1) out.push(`${key}: repeats 原文`);
      // The unit twice: the label is the unit, or a part in brackets starts with it (年产产量（万吨…）（单位：万吨）).
      // A unit inside a word (人 of 人员, 户 of 贫困户) is not a repetition.
      const m = /^#\s*(.*?)（单位：([^）]+)）/u.exec(head);
      if (m && (m[1] === m[2] || m[1]!.includes(`（${m[2]}`))) {
        out.push(`${key}: unit twice in “${head}”`);
      }
    }
    comments = [];
  }
  return out;
}
