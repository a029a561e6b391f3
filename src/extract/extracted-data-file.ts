import { buildSkeleton } from "../data/skeleton.js";
import { setScalar } from "../data/yaml-edit.js";
import type { Lang } from "../diagnostics/lang.js";
import { message } from "../diagnostics/format-message.js";
import type { Template } from "../template/template.js";
import type { ExtractedField } from "./extract-values.js";

/**
 * The data file extract writes: the template's skeleton with every recovered value filled in, and above each
 * field left empty, why (in the user's language) and the document's sentence where its blank was.
 */
export function extractedDataFile(template: Template, fields: readonly ExtractedField[], lang: Lang): string {
  const notes = new Map<string, string[]>();
  for (const f of fields) {
    if (f.ok) continue;
    const lines = [message(`extract-${f.problem}`, lang, { found: f.found ?? "" })];
    if (f.sentence) lines.push(message("extract-sentence", lang, { sentence: f.sentence }));
    notes.set(f.field.key, lines);
  }
  let text = buildSkeleton(template, lang, notes);
  for (const f of fields) {
    if (!f.ok) continue;
    const edit = setScalar(text, f.field.key.split("."), f.value);
    if (edit.ok) text = edit.text;
  }
  return text;
}
