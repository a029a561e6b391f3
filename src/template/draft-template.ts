import { stringify } from "yaml";
import { cleanSource, type DroppedLine } from "../clean/clean-source.js";
import { error, warning } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";
import { foldTraditional } from "../scan/fold-traditional.js";
import { jurisdictionLevel } from "../scan/jurisdiction.js";
import { scanText, type ScanOptions } from "../scan/scan-text.js";
import type { ScannedPlaceholder } from "../scan/types.js";
import { draftLabel, type EarlierFigure } from "./draft/field-label.js";
import { fieldIdentity } from "./draft/field-identity.js";
import { fieldKey } from "./draft/field-key.js";
import { exampleFor } from "./draft/field-example.js";
import { distinctLabels } from "./draft/distinct-labels.js";
import { findSections, sectionAt } from "./draft/sections.js";
import { slotText } from "./draft/slot-spacing.js";
import { draftTitle } from "./draft/draft-title.js";

/** A template folder drafted from a raw document, ready to write. */
export interface DraftTemplate {
  templateText: string;
  fieldsYaml: string;
  readme: string;
  dropped: DroppedLine[];
  /** Line breaks of a hard-wrapped copy that were joined back. */
  rejoined: number;
  /** Fields that print in more than one place: the county, a person or a name written alike. */
  merges: FieldMerge[];
  fieldCount: number;
  slotCount: number;
  /** Each slot where its blank stood in the raw text given (UTF-16 offsets), for filling a Word original in place. */
  slots: { offset: number; length: number; key: string }[];
}

/** One field standing for several blanks, and the blanks as written. */
export interface FieldMerge {
  key: string;
  label: string;
  /** How each blank was written, in document order (XX县, XX, 某县 …). */
  texts: string[];
}

/** A draft, or why none was made (most of the document would have been left out) with what would have gone. */
export type DraftResult = Result<{ draft: DraftTemplate }> & { dropped?: DroppedLine[] };

/** How a raw document is drafted: scan options, and where the text that template.hbs prints ends. */
export interface DraftOptions extends ScanOptions {
  /**
   * Offset in the raw text from which on the text is not printed by template.hbs: a Word file's headers and
   * footers, which stay in template.docx. Their blanks still become fields (and slots of template.docx).
   */
  printedEnd?: number;
  /** The text is a Word file's: each line a paragraph or a table cell, never joined as a PDF's cut lines are. */
  paragraphs?: boolean;
}

/** More than this share of a document's text left out means it is not a speech with some web text around it. */
export const MAX_DROPPED_SHARE = 0.25;

interface DraftField {
  key: string;
  label: string;
  kind: string;
  unit?: string;
  placeholder: string;
  /** Each printed slot's own text, when they differ (see FieldDef.placeholders). */
  placeholders?: string[];
  example?: string | number;
  help?: string;
  lead: string;
  owner: string;
  before: string;
  after: string;
  section?: string;
  sectionName?: string;
  texts: string[];
}

const LEVEL_NAMES: Record<string, string> = { 县: "县名", 市: "市名", 区: "区名", 镇: "镇名", 乡: "乡名" };

/**
 * Drafts a template from a raw document: web and advert lines dropped, hard-wrapped lines joined, every
 * placeholder turned into a slot (blanks around it removed), one field per thing (the document's own county
 * or town, however written, is one field), labels a clerk reads and Chinese keys grouped under the
 * document's headings. Rendering the draft with --blank gives back the kept text, whitespace aside.
 */
export function draftTemplate(raw: string, sourceName: string, scan: DraftOptions = {}): DraftResult {
  const { text: kept, dropped, droppedShare, rejoined, rawOffset } = cleanSource(raw, { rejoin: !scan.paragraphs });
  if (droppedShare > MAX_DROPPED_SHARE) {
    const percent = Math.round(droppedShare * 100);
    return {
      ...failure(error("import-mostly-web", { file: sourceName, params: { percent, lines: dropped.length } })),
      dropped,
    };
  }
  const cellHeadersAt = scan.cellHeadersAt;
  const scanned = scanText(kept, cellHeadersAt ? { cellHeadersAt: (o) => cellHeadersAt(rawOffset(o)) } : {});
  const { placeholders } = scanned;
  // Past the scan's limit the rest of the text stays as it is: said, never silent.
  const notes = scanned.truncated
    ? [warning("import-placeholder-limit", { file: sourceName, params: { max: scanned.truncated.max } })]
    : [];
  // Labels are read from the folded copy too (億元 → 亿元, 增長 → 增长), so that their rules see one script.
  const folded = foldTraditional(kept);
  const level = jurisdictionLevel(folded);
  const levelName = LEVEL_NAMES[level] ?? "县名";
  const sections = findSections(kept);
  const byIdentity = new Map<string, DraftField>();
  const fieldOf: DraftField[] = [];
  // The figures met so far in the current sentence part (up to 。；), for a figure that only says how one moved.
  let earlier: (EarlierFigure & { end: number })[] = [];
  placeholders.forEach((p, i) => {
    const id = fieldIdentity(kept, p, i);
    let field = byIdentity.get(id);
    earlier = earlier.filter((f) => !/[。！？；;\n]/.test(kept.slice(f.end, p.offset)));
    if (!field) {
      const drafted = draftLabel(folded, p, earlier, levelName);
      const { lead, owner, before, after } = drafted;
      // A blank in a Word table cell is named by its row and column headers (柳河镇产值（万元）).
      const label = cellHeadersAt?.(rawOffset(p.offset)) ? p.label : drafted.label;
      const part = p.kind === "county" ? undefined : sectionAt(sections, p.offset);
      const placeholder = spacedOut(p.text);
      field = {
        key: "",
        label,
        kind: p.kind,
        ...(p.unit ? { unit: p.unit } : {}),
        placeholder,
        lead,
        owner,
        before,
        after,
        section: part?.key,
        sectionName: part?.name,
        texts: [],
      };
      if (p.kind === "county") {
        const first = [...byIdentity.values()].every((f) => f.kind !== "county");
        field.label = first ? `${levelName}（不含“${level}”字）` : `${levelName}（写作“${placeholder}”处）`;
      }
      byIdentity.set(id, field);
      if (p.kind !== "county" && p.kind !== "person" && p.kind !== "place" && p.kind !== "name")
        earlier.push({ thing: drafted.thing, kind: p.kind, offset: p.offset, end: p.offset + p.length });
    }
    field.texts.push(p.text + suffixOf(kept, p));
    fieldOf.push(field);
  });
  const fields = [...byIdentity.values()];
  // Another place of the document's own level (与XX乡相邻 in a township's report) is not the township itself.
  for (const f of fields) if (f.kind === "place" && f.label === levelName) f.label = `其他${levelName}`;
  distinctLabels(fields);
  const taken = new Set<string>(sections.map((s) => s.key));
  for (const f of fields) {
    f.key = f.kind === "county" ? fieldKey(levelName, undefined, taken) : fieldKey(f.label, f.section, taken);
    const example = exampleFor(f.kind, f.placeholder);
    if (example !== undefined) f.example = example;
    if (f.kind === "ordinal") f.help = "写数字，生成时自动转为汉字，如 15 → 十五";
  }
  const printed = scan.printedEnd === undefined ? kept.length : keptOffset(scan.printedEnd, kept.length, rawOffset);
  const printedText = printed < kept.length ? kept.slice(0, printed).replace(/\s+$/, "\n") : kept;
  const templateText = slotText(
    printedText,
    placeholders.filter((p) => p.offset < printed),
    (i) => fieldOf[i]!.key,
  );
  const slots = placeholders.map((p, i) => ({ offset: rawOffset(p.offset), length: p.length, key: fieldOf[i]!.key }));
  // A field whose slots were written differently (the county as XX, 某, X) lists each slot's own text, in the
  // order of the source: template.hbs prints the first ones, a Word file's headers and footers hold the rest.
  for (const f of fields) {
    const spellings = placeholders.flatMap((p, i) => (fieldOf[i] === f ? [spacedOut(p.text)] : []));
    if (spellings.some((s) => s !== f.placeholder)) f.placeholders = spellings;
  }
  const title = draftTitle(kept, sourceName);
  const usedSections = sections.filter((s) => fields.some((f) => f.section === s.key));
  const doc = {
    title,
    ...(usedSections.length ? { sections: Object.fromEntries(usedSections.map((s) => [s.key, s.name])) } : {}),
    fields: Object.fromEntries(fields.map((f) => [f.key, definition(f)])),
  };
  const fieldsYaml =
    `# 由 xfill import 从 ${sourceName} 生成的字段定义：每项的 label 是中文名称，kind 是类型，unit 是正文里紧跟的单位。\n` +
    `# 键名可以改（template.hbs 里的 {{键名}} 要一起改）；同一个键出现在几处，就是几处共用一个值。\n` +
    stringify(doc, { lineWidth: 0 });
  const merges = fields.filter((f) => f.texts.length > 1).map((f) => ({ key: f.key, label: f.label, texts: f.texts }));
  const readme = readmeFor(sourceName, dropped, merges, fields.length, placeholders.length);
  const draft = {
    templateText,
    fieldsYaml,
    readme,
    dropped,
    rejoined,
    merges,
    fieldCount: fields.length,
    slotCount: placeholders.length,
    slots,
  };
  return { ok: true, diagnostics: notes, draft };
}

function definition(f: DraftField): Record<string, string | number | string[]> {
  return {
    label: f.label,
    kind: f.kind,
    ...(f.unit ? { unit: f.unit } : {}),
    placeholder: f.placeholder,
    ...(f.placeholders ? { placeholders: f.placeholders } : {}),
    ...(f.example !== undefined ? { example: f.example } : {}),
    ...(f.help ? { help: f.help } : {}),
  };
}

/**
 * A mask as its slot prints it in a blank render: without the spaces a web page put inside it ("X X" → "XX");
 * a blank that is nothing but spaces (请假        名) stays as it is.
 */
function spacedOut(mask: string): string {
  return mask.replace(/\s+/g, "") || mask;
}

/** The first offset of the kept text that lies at or after a raw offset (rawOffset only grows). */
function keptOffset(raw: number, length: number, rawOffset: (kept: number) => number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rawOffset(mid) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The jurisdiction suffix printed after a county blank (县, 镇 …), to show how each merged blank was written. */
function suffixOf(text: string, p: ScannedPlaceholder): string {
  if (p.kind !== "county") return "";
  return /^[ \u3000]?(县区|[县市区镇乡縣區鎮鄉])/.exec(text.slice(p.offset + p.length))?.[1] ?? "";
}

function readmeFor(
  source: string,
  dropped: DroppedLine[],
  merges: FieldMerge[],
  fields: number,
  slots: number,
): string {
  const droppedList = dropped.length ? dropped.map((d) => `- 第 ${d.line} 行：${d.text.trim()}`).join("\n") : "（无）";
  const mergeList = merges.length
    ? merges.map((m) => `- ${m.key}（${m.label}）：${m.texts.length} 处，${m.texts.join("、")}`).join("\n")
    : "（无）";
  return (
    `# 模板（由 xfill import 生成）\n\n来源：${source}\n\n共 ${slots} 处空白、${fields} 个字段。\n\n` +
    `## 一个字段、几处空白\n\n下列字段在正文里出现不止一处，填一次即可。要把其中一处分开，在 template.hbs 里把那一处的 {{键名}} 改成新键名，` +
    `并在 fields.yaml 里加上它的定义。\n\n${mergeList}\n\n## 删去的广告、水印和网页文字\n\n${droppedList}\n`
  );
}
