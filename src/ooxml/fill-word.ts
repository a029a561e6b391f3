import type { Paragraph, TextNode } from "./paragraphs.js";
import { rPrForChinese, eastAsiaFontOf, withRunProperty } from "./run-props.js";
import { readStyleFonts, type StyleFonts } from "./style-fonts.js";
import { applyEdits, segmentsOf, type NodeEdit, type Segment, type Splice } from "./text-edits.js";
import { failure, type Result } from "../diagnostics/result.js";
import { openWordPackage, type WordPackage } from "./word-package.js";
import { keptEntry, writePackage } from "./write-package.js";
import type { ZipEntry } from "./write-zip.js";
import { escapeXml } from "./xml-text.js";

/** What goes into one slot of template.docx. */
export interface WordValue {
  text: string;
  /** An open blank shown as 【待填：label】: highlighted in yellow, never a tracked change. */
  draft?: boolean;
  /** The blank as the original had it (X, XX), written as the deleted text of a tracked change. */
  placeholder?: string;
}

/** How the values go in. */
export interface WordFillOptions {
  /** Each fill as a tracked change (the placeholder deleted, the value inserted) for Word's review pane. */
  trackChanges?: { author: string; date: string };
}

/** A `{{key}}` slot of template.docx: the paragraph it is in and the w:t pieces it spans. */
interface SlotHit {
  key: string;
  paragraph: Paragraph;
  segments: Segment[];
}

/** template.docx read once, ready to be filled any number of times. */
export interface WordTemplate {
  pkg: WordPackage;
  /** Slots per text part name, in document order. */
  slots: Map<string, SlotHit[]>;
  /** Every key the document's slots use (a text box's two copies count once). */
  keys: string[];
  styles: StyleFonts;
  /** First w:id free for tracked changes. */
  firstId: number;
  kept: ZipEntry[];
}

const SLOT = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Reads template.docx and finds its slots; a file that is not a Word document comes back as diagnostics. */
export function prepareWordTemplate(bytes: Uint8Array, file = ""): Result<{ template: WordTemplate }> {
  const opened = openWordPackage(bytes, file);
  if (!opened.ok) return failure(...opened.diagnostics);
  const { pkg } = opened;
  const slots = new Map<string, SlotHit[]>();
  const keys: string[] = [];
  let maxId = 0;
  for (const part of pkg.textParts) {
    const hits: SlotHit[] = [];
    for (const paragraph of part.paragraphs) {
      for (const m of paragraph.text.matchAll(SLOT)) {
        hits.push({ key: m[1]!, paragraph, segments: segmentsOf(paragraph, m.index, m.index + m[0].length) });
        if (!paragraph.fallback) keys.push(m[1]!);
      }
    }
    if (hits.length) slots.set(part.name, hits);
    for (const m of part.xml.matchAll(/\bw:id="(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
  }
  const template = {
    pkg,
    slots,
    keys,
    styles: readStyleFonts(pkg.styles),
    firstId: maxId + 1,
    kept: pkg.entries.map(keptEntry),
  };
  return { ok: true, diagnostics: [], template };
}

/**
 * The filled document: each slot's value written into the w:t where the slot starts (taking that run's
 * formatting), the rest of the slot removed; a run is split only where the value needs formatting of its
 * own (a draft mark's highlight, a tracked change, an East Asian font). Slots whose key has no value stay.
 */
export function fillWordTemplate(
  t: WordTemplate,
  valueOf: (key: string) => WordValue | undefined,
  opts: WordFillOptions = {},
): Uint8Array {
  const changed = new Map<string, string>();
  let id = t.firstId;
  for (const part of t.pkg.textParts) {
    const hits = t.slots.get(part.name);
    if (!hits) continue;
    const edits: NodeEdit[] = [];
    const splices = new Map<number, Splice>();
    for (const hit of hits) {
      const value = valueOf(hit.key);
      if (!value || hit.segments.length === 0) continue;
      const [first, ...rest] = hit.segments as [Segment, ...Segment[]];
      const { run } = first.node;
      const chinese = chineseRPr(first.node, hit.paragraph, value, t.styles);
      const whole = first.from === 0 && first.to === first.node.text.length && run.rPrStart >= 0;
      if (chinese && whole && !value.draft && !tracks(value, opts)) {
        // The blank is the run's whole text: its own properties get the East Asian font, no run is split.
        splices.set(run.rPrStart, { start: run.rPrStart, end: run.rPrStart + run.rPr.length, xml: chinese });
        edits.push({ ...first, text: value.text });
      } else {
        const xml = valueXml(first.node, value, chinese, opts, () => id++);
        edits.push(xml === undefined ? { ...first, text: value.text } : { ...first, xml });
      }
      for (const s of rest) edits.push({ ...s, text: "" });
    }
    if (edits.length) changed.set(part.name, applyEdits(part.xml, edits, [...splices.values()]));
  }
  return writePackage(t.pkg.entries, changed, t.kept);
}

/** Whether a value goes in as a tracked change. */
function tracks(value: WordValue, opts: WordFillOptions): boolean {
  return Boolean(
    opts.trackChanges && !value.draft && value.placeholder !== undefined && value.placeholder !== value.text,
  );
}

/** The run properties a Chinese value needs in place of the slot run's (see rPrForChinese), or undefined. */
function chineseRPr(node: TextNode, p: Paragraph, value: WordValue, styles: StyleFonts): string | undefined {
  if (!CJK.test(value.text)) return undefined;
  const { rPr } = node.run;
  const rStyle = /<w:rStyle w:val="([^"]*)"/.exec(rPr)?.[1];
  return rPrForChinese(rPr, [styles.of(rStyle), eastAsiaFontOf(p.markRPr), styles.of(p.pStyle), styles.defaults]);
}

/** The runs a value needs when it cannot simply take the place of the slot's text, or undefined. */
function valueXml(
  node: TextNode,
  value: WordValue,
  chinese: string | undefined,
  opts: WordFillOptions,
  nextId: () => number,
): string | undefined {
  const { open, rPr } = node.run;
  const track = tracks(value, opts) ? opts.trackChanges : undefined;
  if (!value.draft && !track && !chinese) return undefined;
  const own = chinese ?? rPr;
  const text = `<w:t xml:space="preserve">${escapeXml(value.text)}</w:t>`;
  let runs: string;
  if (value.draft) runs = `<w:r>${withRunProperty(own, '<w:highlight w:val="yellow"/>')}${text}</w:r>`;
  else if (track) {
    const who = `w:author="${escapeXml(track.author)}" w:date="${escapeXml(track.date)}"`;
    runs =
      `<w:del w:id="${nextId()}" ${who}><w:r>${rPr}<w:delText xml:space="preserve">${escapeXml(value.placeholder!)}</w:delText></w:r></w:del>` +
      `<w:ins w:id="${nextId()}" ${who}><w:r>${own}${text}</w:r></w:ins>`;
  } else runs = `<w:r>${own}${text}</w:r>`;
  // Close the slot's run, add the value's, and open a copy of the slot's run for whatever followed.
  return `</w:t></w:r>${runs}${open}${rPr}<w:t xml:space="preserve">`;
}
