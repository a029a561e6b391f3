import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { placeYamlError } from "../data/yaml-error-place.js";
import { KINDS } from "../kinds/kind-names.js";
import { codePointLength } from "../source/line-counter.js";
import { dotPrefixes } from "./dot-prefixes.js";
import { FIELD_KEY, fieldDefSchema, fieldsFileSchema, kindSchema, type FieldDef } from "./field-def.js";

/** What fields.yaml holds, once checked. */
export interface FieldsFile {
  title?: string;
  description?: string;
  sections: Record<string, string>;
  fields: FieldDef[];
  /** Where each key is defined in fields.yaml. */
  places: Map<string, { line: number; column: number }>;
  /** Keys defined but rejected (bad kind, missing label): not reported again as undefined slots. */
  rejected: Set<string>;
}

/** Parses and checks fields.yaml; every problem is a diagnostic with the line and column in that file. */
export function loadFields(text: string, file: string): { fields?: FieldsFile; diagnostics: Diagnostic[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const p = lc.linePos(offset);
    const lineStart = offset - (p.col - 1);
    return { file, line: p.line, column: codePointLength(text, lineStart, offset) + 1 };
  };
  if (doc.errors.length > 0) {
    const { code, start } = placeYamlError(text, doc.errors[0]!);
    return { diagnostics: [error(code, { ...at(start), params: { detail: doc.errors[0]!.message.split("\n")[0] } })] };
  }
  const whole = fieldsFileSchema.safeParse(doc.toJS());
  if (!whole.success) {
    const detail = whole.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { diagnostics: [error("fields-invalid", { file, line: 1, column: 1, key: "fields.yaml", params: { detail } })] };
  }
  const fieldsNode = doc.get("fields", true);
  const places = new Map<string, { line: number; column: number }>();
  if (isMap(fieldsNode)) {
    for (const pair of fieldsNode.items) {
      const k = pair.key as Node;
      if (isScalar(k) && k.range) places.set(String(k.value), at(k.range[0]));
    }
  }
  const diagnostics: Diagnostic[] = [];
  const fields: FieldDef[] = [];
  const rejected = new Set<string>();
  const reject = (code: string, key: string, params: Record<string, string>) => {
    rejected.add(key);
    diagnostics.push(error(code, { file, ...(places.get(key) ?? { line: 1, column: 1 }), key, params }));
  };
  for (const [key, raw] of Object.entries(whole.data.fields)) {
    if (!FIELD_KEY.test(key)) {
      reject("fields-bad-key", key, {});
      continue;
    }
    const def = fieldDefSchema.safeParse(raw);
    if (!def.success) {
      reject("fields-invalid", key, { detail: def.error.issues.map((i) => `${i.path.join(".") || key}: ${i.message}`).join("; ") });
      continue;
    }
    const kind = kindSchema.safeParse(def.data.kind);
    if (!kind.success) {
      reject("template-bad-kind", key, { found: def.data.kind, expected: KINDS.join(", ") });
      continue;
    }
    fields.push({ key, ...def.data, kind: kind.data });
  }
  const groups = new Set(fields.flatMap((f) => dotPrefixes(f.key)));
  for (const f of fields) if (groups.has(f.key)) reject("fields-group-and-field", f.key, {});
  const { title, description, sections = {} } = whole.data;
  return { fields: { title, description, sections, fields: fields.filter((f) => !rejected.has(f.key)), places, rejected }, diagnostics };
}
