import { failure, type Result } from "../diagnostics/result.js";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { LineCounter } from "../diagnostics/line-counter.js";
import { nearestKey } from "./nearest-key.js";
import { loadFields, type FieldsFile } from "./load-fields.js";
import { findSlots, type Slot } from "./slots.js";
import type { WordSlotUse } from "./word-slots.js";

/** What reading a template folder's two files yields: its fields and where each is used. */
export interface TemplateAnalysis {
  fields: FieldsFile;
  slots: Slot[];
}

/**
 * Checks template.hbs against fields.yaml: fields.yaml valid, Handlebars syntax sound, no unknown helper
 * or partial, every slot defined, every field used. Problems come back with file, line and column.
 */
export async function analyseTemplate(
  text: string,
  fieldsText: string,
  templateFile: string,
  fieldsFile: string,
  word?: { file: string; slots: readonly WordSlotUse[] },
): Promise<Result<{ analysis: TemplateAnalysis }>> {
  const loaded = loadFields(fieldsText, fieldsFile);
  const diagnostics = [...loaded.diagnostics];
  if (!loaded.ok) return failure(...diagnostics);
  const lines = new LineCounter(text);
  const at = (offset: number) => ({ file: templateFile, ...lines.linePos(offset) });
  const { default: Handlebars } = await import("handlebars");
  let found: ReturnType<typeof findSlots>;
  try {
    found = findSlots(Handlebars.parse(text), text);
  } catch (e) {
    return failure(...diagnostics, syntaxDiagnostic(e, templateFile));
  }
  const { slots, problems } = found;
  const fields = loaded.fields.fields;
  const keys = new Set(fields.map((f) => f.key));
  for (const p of problems)
    diagnostics.push(error(p.code, { ...at(p.offset), length: p.length, params: { name: p.name } }));
  for (const s of slots) {
    if (keys.has(s.key) || loaded.fields.rejected.has(s.key)) continue;
    const suggestion = nearestKey(s.key, [...keys]);
    diagnostics.push(
      error("template-unknown-slot", {
        ...at(s.offset),
        length: s.length,
        key: s.key,
        params: {
          suggestion,
          suggestionLabel: suggestion ? loaded.fields.fields.find((f) => f.key === suggestion)?.label : undefined,
        },
      }),
    );
  }
  // template.docx's slots are checked the same way, placed as a person finds them (页眉, 表1 第2行第3列).
  for (const s of word?.slots ?? []) {
    if (keys.has(s.key) || loaded.fields.rejected.has(s.key)) continue;
    const suggestion = nearestKey(s.key, [...keys]);
    diagnostics.push(
      error("template-unknown-slot", {
        file: word!.file,
        place: s.place,
        key: s.key,
        params: {
          suggestion,
          suggestionLabel: suggestion ? loaded.fields.fields.find((f) => f.key === suggestion)?.label : undefined,
        },
      }),
    );
  }
  // A field printed only in template.docx (in its header, say) is used.
  const used = new Set([...slots.map((s) => s.key), ...(word?.slots ?? []).map((s) => s.key)]);
  for (const f of fields) {
    if (!used.has(f.key))
      diagnostics.push(
        error("template-unused-field", {
          file: fieldsFile,
          ...loaded.fields.places.get(f.key),
          key: f.key,
          label: f.label,
        }),
      );
  }
  if (diagnostics.some((d) => d.severity === "error")) return failure(...diagnostics);
  return { ok: true, analysis: { fields: loaded.fields, slots }, diagnostics };
}

/** Turns a Handlebars parse error into a diagnostic at the line and column it names. */
function syntaxDiagnostic(e: unknown, file: string): Diagnostic {
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const msg = String(err.message ?? e);
  const lines = msg.split("\n");
  const line = err.lineNumber ?? Number(/on line (\d+)/.exec(msg)?.[1] ?? 1);
  // Handlebars prints the line and a row of dashes ending in ^ under the spot.
  const caret = lines.findIndex((l) => /^-*\^$/.test(l));
  const shown = caret > 0 ? lines[caret - 1]! : "";
  const column =
    err.column !== undefined
      ? err.column + 1
      : caret > 0 && !shown.startsWith("...")
        ? [...shown.slice(0, lines[caret]!.length - 1)].length + 1
        : 1;
  const expecting = lines.find((l) => l.startsWith("Expecting")) ?? lines[0] ?? msg;
  const code = /CLOSE|INVALID|EOF/.test(expecting) ? "template-unbalanced" : "template-syntax";
  return error(code, { file, line, column });
}
