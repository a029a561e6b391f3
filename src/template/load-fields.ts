import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { KINDS } from "../kinds/kind-names.js";
import { codePointLength } from "../source/line-counter.js";
import { FIELD_KEY, fieldDefSchema, fieldsFileSchema, kindSchema, type FieldDef } from "./field-def.js";

/** What fields.yaml holds, once checked. */
export interface FieldsFile {
  title?: string;
  description?: string;
  sections: Record<string, string>;
  fields: FieldDef[];
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
    return { diagnostics: doc.errors.map((e) => error("fields-invalid", { ...at(e.pos[0]), key: "fields.yaml", params: { detail: e.message.split("\n")[0] } })) };
  }
  const whole = fieldsFileSchema.safeParse(doc.toJS());
  if (!whole.success) {
    return { diagnostics: [error("fields-invalid", { file, line: 1, column: 1, key: "fields.yaml", params: { detail: whole.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") } })] };
  }
  const fieldsNode = doc.get("fields", true);
  const nodeOf = (key: string): Node | undefined => {
    if (!isMap(fieldsNode)) return undefined;
    const pair = fieldsNode.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return (pair?.key as Node | undefined) ?? undefined;
  };
  const diagnostics: Diagnostic[] = [];
  const fields: FieldDef[] = [];
  for (const [key, raw] of Object.entries(whole.data.fields)) {
    const where = at(nodeOf(key)?.range?.[0] ?? 0);
    if (!FIELD_KEY.test(key)) {
      diagnostics.push(error("fields-invalid", { ...where, key, params: { detail: "key must be ASCII letters, digits, _ joined by dots" } }));
      continue;
    }
    const def = fieldDefSchema.safeParse(raw);
    if (!def.success) {
      diagnostics.push(error("fields-invalid", { ...where, key, params: { detail: def.error.issues.map((i) => `${i.path.join(".") || key}: ${i.message}`).join("; ") } }));
      continue;
    }
    const kind = kindSchema.safeParse(def.data.kind);
    if (!kind.success) {
      diagnostics.push(error("template-bad-kind", { ...where, key, params: { found: def.data.kind, expected: KINDS.join(", ") } }));
      continue;
    }
    fields.push({ key, ...def.data, kind: kind.data });
  }
  for (const f of fields) {
    if (fields.some((g) => g.key.startsWith(f.key + "."))) {
      diagnostics.push(error("fields-invalid", { ...at(nodeOf(f.key)?.range?.[0] ?? 0), key: f.key, params: { detail: "a field cannot also be a group of other fields" } }));
    }
  }
  const { title, description, sections = {} } = whole.data;
  return { fields: { title, description, sections, fields }, diagnostics };
}
