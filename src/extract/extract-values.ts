import { diffChars } from "diff";
import { kindSchema } from "../kinds/kind-schemas.js";
import { isPlaceholderValue } from "../kinds/normalize.js";
import { parseChineseNumeral } from "../kinds/chinese-numerals.js";
import { readDocxText } from "../ooxml/read-docx-text.js";
import { documentMeta } from "../render/document-meta.js";
import { encodeDocument } from "../render/encode-document.js";
import type { OutputFormat } from "../render/output-format.js";
import type { FieldDef } from "../template/field-def.js";
import { nestValues } from "../template/nest-values.js";
import type { Template } from "../template/template.js";

/** Why a field's value could not be taken from the document with certainty. */
export type ExtractProblem =
  /** The words around the blank differ from the template's: which part is the value cannot be told. */
  | "edited"
  /** The sentence holding the blank is not in the document. */
  | "not-found"
  /** What stands where the blank was is not a value of the field's kind (or is still a placeholder). */
  | "invalid"
  /** The field is used more than once and the document has different values in different places. */
  | "conflict"
  /** Two blanks with nothing between them: where one value ends and the next begins cannot be told. */
  | "adjacent";

/** One field as recovered from a finished document. */
export type ExtractedField =
  | { field: FieldDef; ok: true; value: string }
  | {
      field: FieldDef;
      ok: false;
      problem: ExtractProblem /** The document's sentence where the blank was. */;
      sentence: string;
      found?: string;
    };

/**
 * Largest number of edits the alignment follows before giving up (a different speech, not an edited one).
 * Its cost grows with the square of this: 20,000 took 37 s of CPU on a document that was not the speech;
 * 4,000 is about a second, and still five times what filling the seed's 98 blanks changes.
 */
const MAX_EDIT_LENGTH = 4_000;
/** Share of the template's fixed 8-character runs a document written from it contains, at the least. */
const MIN_SHARED = 0.3;
const CLAUSE_END = /[，。；！？：]/;
const SENTENCE_END = /[。！？；\n]/;

/**
 * Recovers each field's value from a document written from this template (then perhaps edited by hand), by
 * aligning the template's fixed text with the document's. A value is taken only when the words on both sides
 * of its blank, up to the clause's punctuation, are exactly the template's; otherwise the field is left out
 * with the reason and the document's sentence — never a guess. Edits elsewhere do not matter.
 * The template must have been loaded for rendering; `format` is the document's (txt, md or docx).
 */
export async function extractValues(
  template: Template,
  documentText: string,
  format: OutputFormat,
): Promise<ExtractedField[]> {
  const expected = await expectedText(template, format);
  const e = squeeze(expected);
  const d = squeeze(documentText.replace(/\r\n?/g, "\n"));
  const parts = (alignable(e.text, d.text)
    ? diffChars(e.text, d.text, { maxEditLength: MAX_EDIT_LENGTH })
    : undefined) ?? [{ value: e.text, removed: true, added: false, count: e.text.length }];
  const hunks = toHunks(parts);
  const isPure = (h: Hunk) => h.removed.length === 1 && isMarker(h.removed) && h.added.length > 0;

  const readings = new Map<number, Reading[]>();
  for (const h of hunks) {
    for (let i = h.eStart; i < h.eEnd; i++) {
      const c = e.text[i]!;
      if (!isMarker(c)) continue;
      const index = c.charCodeAt(0) - MARKER_BASE;
      const sentence = sentenceAt(documentText, d.offsets, h.dStart, h.dEnd);
      let reading: Reading;
      if (isPure(h)) {
        const [s, t, atBreak] = clause(e.text, e.breaks, i);
        const touched = hunks.some((o) => o !== h && !isPure(o) && overlaps(o, s, t, atBreak));
        const value = documentText.slice(d.offsets[h.dStart]!, d.offsets[h.dEnd - 1]! + 1);
        reading = touched ? { problem: "edited", sentence } : { value, sentence };
      } else if (h.added.length === 0 && h.removed.length > 1 && [...h.removed].some((ch) => !isMarker(ch)))
        reading = { problem: "not-found", sentence };
      else if ([...h.removed].every(isMarker))
        reading = { problem: h.added.length === 0 ? "not-found" : "adjacent", sentence };
      else reading = { problem: "edited", sentence };
      readings.set(index, [...(readings.get(index) ?? []), reading]);
    }
  }
  return template.fields.map((field, index) => settle(field, readings.get(index) ?? [], format));
}

/**
 * Whether the alignment can succeed, told in linear time: the lengths differ by no more than the edits it
 * follows, and the document holds enough of the template's own wording. Otherwise it is another text, and
 * the character-by-character alignment would only spend seconds finding out.
 */
function alignable(e: string, d: string): boolean {
  if (Math.abs(e.length - d.length) > MAX_EDIT_LENGTH) return false;
  const runs = (text: string) => {
    const out: string[] = [];
    for (let i = 0; i + 8 <= text.length; i += 8) {
      const run = text.slice(i, i + 8);
      if (![...run].some(isMarker)) out.push(run);
    }
    return out;
  };
  const fixed = runs(e);
  if (fixed.length === 0) return true;
  const inDocument = new Set<string>();
  for (let i = 0; i + 8 <= d.length; i++) inDocument.add(d.slice(i, i + 8));
  return fixed.filter((r) => inDocument.has(r)).length >= fixed.length * MIN_SHARED;
}

interface Reading {
  value?: string;
  problem?: ExtractProblem;
  sentence: string;
}

/** One field's readings from all its blanks: one agreed, valid value, or the first reason why not. */
function settle(field: FieldDef, readings: Reading[], format: OutputFormat): ExtractedField {
  const candidates = readings
    .filter((r) => r.value !== undefined)
    .map((r) => ({ ...r, value: clean(r.value!, format) }));
  const values = [...new Set(candidates.map((c) => c.value))];
  if (values.length > 1)
    return { field, ok: false, problem: "conflict", sentence: candidates[0]!.sentence, found: values.join(" / ") };
  if (values.length === 1) {
    const value = values[0]!;
    const valid = !isPlaceholderValue(value) && kindSchema(field.kind, field).safeParse(value).success;
    if (!valid) return { field, ok: false, problem: "invalid", sentence: candidates[0]!.sentence, found: value };
    return { field, ok: true, value: field.kind === "ordinal" ? String(parseChineseNumeral(value) ?? value) : value };
  }
  const first = readings[0];
  return { field, ok: false, problem: first?.problem ?? "not-found", sentence: first?.sentence ?? "" };
}

/** A value as the clerk would type it: Markdown escapes undone, surrounding spaces trimmed. */
function clean(value: string, format: OutputFormat): string {
  const v = format === "md" ? value.replace(/\\([!-/:-@[-`{-~])/g, "$1") : value;
  return v.trim();
}

const MARKER_BASE = 0xe000;
const isMarker = (c: string) => {
  const code = c.charCodeAt(0);
  return code >= MARKER_BASE && code < 0xf900;
};

/** The document the template gives with each field's blank as one private-use character, in the same format. */
async function expectedText(template: Template, format: OutputFormat): Promise<string> {
  const filled = template.fill(
    nestValues(template.fields.map((f, i): [string, string] => [f.key, String.fromCharCode(MARKER_BASE + i)])),
  );
  if (format === "txt") return filled;
  const bytes = await encodeDocument(filled, format, documentMeta(template, [], filled));
  if (typeof bytes === "string") return bytes;
  const read = readDocxText(bytes);
  return read.ok ? read.text : filled;
}

/** Text without any whitespace (line breaks and wrapping differ between formats), with each character's offset. */
function squeeze(text: string): { text: string; offsets: number[]; breaks: Set<number> } {
  let out = "";
  const offsets: number[] = [];
  // Where paragraphs start in the squeezed text: a clause also ends at a paragraph's end.
  const breaks = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (text[i] === "\n") breaks.add(out.length);
      continue;
    }
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets, breaks };
}

/** A run of differences between two stretches the template and the document share. */
interface Hunk {
  eStart: number;
  eEnd: number;
  dStart: number;
  dEnd: number;
  removed: string;
  added: string;
}

function toHunks(parts: { value: string; added?: boolean; removed?: boolean }[]): Hunk[] {
  const hunks: Hunk[] = [];
  let ei = 0;
  let di = 0;
  let open: Hunk | undefined;
  for (const p of parts) {
    if (!p.added && !p.removed) {
      if (open) hunks.push(open);
      open = undefined;
      ei += p.value.length;
      di += p.value.length;
      continue;
    }
    open ??= { eStart: ei, eEnd: ei, dStart: di, dEnd: di, removed: "", added: "" };
    if (p.removed) {
      open.removed += p.value;
      ei += p.value.length;
      open.eEnd = ei;
    } else {
      open.added += p.value;
      di += p.value.length;
      open.dEnd = di;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

/**
 * The clause around a position of the expected text: from after the previous clause mark or paragraph start to
 * the next clause mark or paragraph end; and whether it ends at a paragraph's end.
 */
function clause(text: string, breaks: ReadonlySet<number>, at: number): [number, number, boolean] {
  let s = at;
  while (s > 0 && !CLAUSE_END.test(text[s - 1]!) && !breaks.has(s)) s--;
  let t = at + 1;
  while (t < text.length && !CLAUSE_END.test(text[t]!) && !breaks.has(t)) t++;
  return [s, t, breaks.has(t) && !CLAUSE_END.test(text[t] ?? "")];
}

/**
 * Whether a hunk changes the clause [s, t]. A pure insertion counts where it is put: right before the clause's
 * closing mark is inside it; between two paragraphs (a byline under the title) belongs to the next one.
 */
function overlaps(h: Hunk, s: number, t: number, endsAtBreak: boolean): boolean {
  if (h.eStart === h.eEnd) return h.eStart >= s && (endsAtBreak ? h.eStart < t : h.eStart <= t);
  return (h.eStart < t || (!endsAtBreak && h.eStart === t)) && h.eEnd > s;
}

/** The document's sentence around a stretch of it, for the clerk to find the place. */
function sentenceAt(text: string, offsets: number[], dStart: number, dEnd: number, maxChars = 80): string {
  const from = offsets[Math.min(dStart, offsets.length - 1)] ?? 0;
  const to = dEnd > dStart ? (offsets[dEnd - 1] ?? from) + 1 : from;
  let s = from;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!) && from - s < maxChars) s--;
  let t = to;
  while (t < text.length && !SENTENCE_END.test(text[t]!) && t - to < maxChars) t++;
  if (t < text.length && text[t] !== "\n") t++;
  return text.slice(s, t).replace(/\s+/g, " ").trim();
}
