import Handlebars from "handlebars";
import { join } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { LineCounter } from "../source/line-counter.js";
import { readTextFile } from "../source/read-text-file.js";
import { builtinTemplateNames, findTemplateDir } from "./find-template.js";
import { loadFields } from "./load-fields.js";
import { findSlots, parseTemplate, type Slot, type SlotProblem } from "./slots.js";
import type { Template } from "./template.js";
import { nestValues } from "./nest-values.js";
import { suggestKey } from "../check/suggest-key.js";

export type LoadTemplateResult = { ok: true; template: Template; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Loads a template folder (built-in name or path) and checks it before any data is read: fields.yaml
 * valid, every slot defined, every field used, Handlebars syntax sound, no unknown helper or partial.
 */
export async function loadTemplate(nameOrPath: string): Promise<LoadTemplateResult> {
  const dir = findTemplateDir(nameOrPath);
  if (!dir) {
    return { ok: false, diagnostics: [error("not-a-template", { params: { name: nameOrPath, builtins: builtinTemplateNames().join("、") } })] };
  }
  const templateFile = join(dir, "template.hbs");
  const fieldsFile = join(dir, "fields.yaml");
  const [tpl, flds] = await Promise.all([readTextFile(templateFile), readTextFile(fieldsFile)]);
  if (!tpl.ok) return { ok: false, diagnostics: [tpl.diagnostic] };
  if (!flds.ok) return { ok: false, diagnostics: [flds.diagnostic] };

  const text = tpl.file.text;
  const lines = new LineCounter(text);
  const loaded = loadFields(flds.file.text, fieldsFile);
  const diagnostics = [...loaded.diagnostics];
  if (!loaded.fields) return { ok: false, diagnostics };

  let slots: Slot[];
  let problems: SlotProblem[];
  try {
    ({ slots, problems } = findSlots(parseTemplate(text), text));
  } catch (e) {
    return { ok: false, diagnostics: [...diagnostics, syntaxDiagnostic(e, templateFile)] };
  }
  const fields = loaded.fields.fields;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const at = (offset: number) => ({ file: templateFile, ...lines.linePos(offset) });
  for (const p of problems) diagnostics.push(error(p.code, { ...at(p.offset), length: p.length, params: { name: p.name } }));
  for (const s of slots) {
    if (byKey.has(s.key) || loaded.fields.rejected.has(s.key)) continue;
    const suggestion = suggestKey(s.key, fields.map((f) => f.key));
    diagnostics.push(error("template-unknown-slot", { ...at(s.offset), length: s.length, key: s.key, params: { suggestion } }));
  }
  const used = new Set(slots.map((s) => s.key));
  for (const f of fields) {
    if (!used.has(f.key)) diagnostics.push(error("template-unused-field", { file: fieldsFile, ...loaded.fields.places.get(f.key), key: f.key, label: f.label }));
  }
  if (diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics };

  const env = Handlebars.create();
  const compiled = env.compile(text, { strict: true, noEscape: true, knownHelpersOnly: true });
  const fill = (context: object) =>
    compiled(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, helpers: {}, partials: {} });
  try {
    fill(nestValues(fields.map((f) => [f.key, f.placeholder])));
  } catch (e) {
    return { ok: false, diagnostics: [...diagnostics, syntaxDiagnostic(e, templateFile)] };
  }
  const template: Template = {
    name: nameOrPath,
    dir,
    templateFile,
    fieldsFile,
    title: loaded.fields.title,
    description: loaded.fields.description,
    text,
    lines,
    fields,
    byKey,
    sections: loaded.fields.sections,
    slots,
    fill,
  };
  return { ok: true, template, diagnostics: diagnostics.filter((d) => d.severity !== "error")};
}

/** Turns a Handlebars parse or compile error into a diagnostic at the line and column it names. */
function syntaxDiagnostic(e: unknown, file: string): Diagnostic {
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const msg = String(err.message ?? e);
  const lines = msg.split("\n");
  const line = err.lineNumber ?? Number(/on line (\d+)/.exec(msg)?.[1] ?? 1);
  // Handlebars prints the line and a row of dashes ending in ^ under the spot.
  const caret = lines.findIndex((l) => /^-*\^$/.test(l));
  const shown = caret > 0 ? lines[caret - 1]! : "";
  const column = err.column !== undefined ? err.column + 1 : caret > 0 && !shown.startsWith("...") ? [...shown.slice(0, lines[caret]!.length - 1)].length + 1 : 1;
  const expecting = lines.find((l) => l.startsWith("Expecting")) ?? lines[0] ?? msg;
  const code = /CLOSE|INVALID|EOF/.test(expecting) ? "template-unbalanced" : "template-syntax";
  return error(code, { file, line, column, params: { detail: expecting } });
}
