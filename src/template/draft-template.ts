import { failure, type Result } from "../diagnostics/result.js";
import { stringify } from "yaml";
import { scanText, type ScanOptions } from "../scan/scan-text.js";
import type { ScannedPlaceholder } from "../scan/types.js";
import { cleanSource, type DroppedLine } from "../clean/clean-source.js";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";

/** A template folder drafted from a raw document, ready to write. */
export interface DraftTemplate {
  templateText: string;
  fieldsYaml: string;
  readme: string;
  dropped: DroppedLine[];
  /** Line breaks of a hard-wrapped copy that were joined back. */
  rejoined: number;
  fieldCount: number;
  slotCount: number;
  /** Each slot where its blank stood in the raw text given (UTF-16 offsets), for filling a Word original in place. */
  slots: { offset: number; length: number; key: string }[];
}

/** A draft, or why none was made (most of the document would have been left out) with what would have gone. */
export type DraftResult = Result<{ draft: DraftTemplate }> & { dropped?: DroppedLine[] };

/** More than this share of a document's text left out means it is not a speech with some web text around it. */
export const MAX_DROPPED_SHARE = 0.25;

interface DraftField {
  key: string;
  label: string;
  kind: string;
  unit?: string;
  placeholder: string;
  help: string;
}

/**
 * Drafts a template from a raw document: advert and watermark lines dropped, every placeholder turned into
 * a slot, the county's occurrences sharing one field. Rendering the draft with --blank gives back the raw
 * text minus the dropped lines, character for character.
 */
export function draftTemplate(raw: string, sourceName: string, scan: ScanOptions = {}): DraftResult {
  const { text: kept, dropped, droppedShare, rejoined, rawOffset } = cleanSource(raw);
  if (droppedShare > MAX_DROPPED_SHARE) {
    const percent = Math.round(droppedShare * 100);
    return { ...failure(error("import-mostly-web", { file: sourceName, params: { percent, lines: dropped.length } })), dropped };
  }
  const cellHeadersAt = scan.cellHeadersAt;
  const { placeholders } = scanText(kept, cellHeadersAt ? { cellHeadersAt: (o) => cellHeadersAt(rawOffset(o)) } : {});
  const fields = new Map<string, DraftField>();
  const keyFor = fieldKeys(placeholders, fields);
  let templateText = "";
  let at = 0;
  const slots: DraftTemplate["slots"] = [];
  for (const p of placeholders) {
    const key = keyFor(p);
    templateText += escapeText(kept.slice(at, p.offset)) + `{{${key}}}`;
    slots.push({ offset: rawOffset(p.offset), length: p.length, key });
    at = p.offset + p.length;
  }
  templateText += escapeText(kept.slice(at));
  const title = kept.split(/\r?\n/).find((l) => l.trim() !== "")?.trim() ?? sourceName;
  const fieldsYaml =
    `# 由 xfill import 从 ${sourceName} 生成的字段定义草稿：请逐项核对 label（中文名称）和 kind（类型），\n` +
    `# 把 key 改成更好懂的英文名时，template.hbs 里的 {{key}} 要一起改。\n` +
    stringify({ title, fields: Object.fromEntries([...fields.values()].map(({ key, ...def }) => [key, def])) }, { lineWidth: 0 });
  const readme = readmeFor(sourceName, dropped, fields.size, placeholders.length);
  return { ok: true, diagnostics: [], draft: { templateText, fieldsYaml, readme, dropped, rejoined, fieldCount: fields.size, slotCount: placeholders.length, slots } };
}

/** Gives each placeholder its field: county occurrences written alike share one; every other blank is its own. */
function fieldKeys(placeholders: ScannedPlaceholder[], fields: Map<string, DraftField>): (p: ScannedPlaceholder) => string {
  const countyTexts = [...new Set(placeholders.filter((p) => p.kind === "county").map((p) => p.text))];
  const counters = new Map<string, number>();
  const labels = new Map<string, number>();
  return (p) => {
    if (p.kind === "county") {
      const i = countyTexts.indexOf(p.text);
      const key = i === 0 ? "county" : `county${i + 1}`;
      if (!fields.has(key)) fields.set(key, { key, label: i === 0 ? "县名（不含“县”字）" : `县名（写作“${p.text}”处）`, kind: "county", placeholder: p.text, help: `原文：${p.context}` });
      return key;
    }
    const n = (counters.get(p.kind) ?? 0) + 1;
    counters.set(p.kind, n);
    const key = `${p.kind}${n}`;
    const seen = (labels.get(p.label) ?? 0) + 1;
    labels.set(p.label, seen);
    const label = seen === 1 ? p.label : `${p.label}（第${seen}处）`;
    fields.set(key, { key, label, kind: p.kind, ...(p.unit ? { unit: p.unit } : {}), placeholder: p.text, help: `原文：${p.context}` });
    return key;
  };
}

/** Literal text in a Handlebars template: `{{` must not open a slot. */
function escapeText(text: string): string {
  return text.replace(/\{\{/g, "\\{{");
}

function readmeFor(source: string, dropped: DroppedLine[], fields: number, slots: number): string {
  const droppedList = dropped.length ? dropped.map((d) => `- 第 ${d.line} 行：${d.text.trim()}`).join("\n") : "（无）";
  return `# 模板草稿（由 xfill import 生成）\n\n来源：${source}\n\n共 ${slots} 处空白、${fields} 个字段。字段的中文名称和类型是按上下文猜的，请在 fields.yaml 里逐项核对。\n\n## 删去的广告、水印和网页文字\n\n${droppedList}\n`;
}
