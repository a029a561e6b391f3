import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { DataEntry, DataFile } from "../data/data-file.js";
import { kindCheck } from "../kinds/kind-schemas.js";
import { isPlaceholderValue } from "../kinds/normalize.js";
import type { FieldDef } from "../template/field-def.js";
import type { Template } from "../template/template.js";
import { nearestKey } from "../template/nearest-key.js";
import { dotPrefixes } from "../template/dot-prefixes.js";
import { documentInfo, isDocumentKey } from "../data/document-info.js";
import { doubledSuffixes } from "./doubled-suffix.js";

/** How one field of the template stands in a data file. */
export interface FieldStatus {
  field: FieldDef;
  status: "filled" | "unfilled" | "invalid";
  /** The text that goes into the speech, for filled fields. */
  text?: string;
  entry?: DataEntry;
  diagnostic?: Diagnostic;
}

/** Everything check found, as data; `complete` when every field is filled and valid and the file is sound. */
export interface CheckResult {
  complete: boolean;
  fields: FieldStatus[];
  unfilled: Diagnostic[];
  invalid: Diagnostic[];
  unknown: Diagnostic[];
  /** Problems with the file as a whole (YAML syntax, not a mapping …). */
  errors: Diagnostic[];
  /** Notes that do not decide completeness (an empty data file). */
  warnings: Diagnostic[];
}

/** Checks a loaded data file against a template: unfilled, invalid and unknown fields, in one pass. */
export function checkData(template: Template, data: DataFile): CheckResult {
  const fields = template.fields.map((f) => checkField(f, data));
  const errors = data.broken ? data.diagnostics : [];
  const notes = data.broken ? [] : data.diagnostics;
  const unknown =
    errors.length > 0 ? [] : [...unknownKeys(template, data), ...notes.filter((d) => d.code === "forbidden-key")];
  const unfilled = fields.filter((s) => s.status === "unfilled").map((s) => s.diagnostic!);
  const invalid = [
    ...fields.filter((s) => s.status === "invalid").map((s) => s.diagnostic!),
    ...notes.filter((d) => d.severity === "error" && d.code !== "forbidden-key"),
    ...sectionsGivenValues(template, data),
    ...(errors.length > 0 ? [] : documentInfo(template, data).problems),
  ];
  return {
    complete: errors.length === 0 && unfilled.length === 0 && invalid.length === 0 && unknown.length === 0,
    fields,
    unfilled: errors.length > 0 ? [] : unfilled,
    invalid: errors.length > 0 ? [] : invalid,
    unknown,
    errors,
    warnings: [
      ...notes.filter((d) => d.severity === "warning"),
      ...(errors.length > 0 ? [] : doubledSuffixes(template, fields, data.path)),
    ],
  };
}

function checkField(field: FieldDef, data: DataFile): FieldStatus {
  const entry = data.entries.get(field.key);
  const base = { file: data.path, key: field.key, label: field.label };
  if (!entry) {
    const section = data.sections.get(field.key);
    if (section) {
      return {
        field,
        status: "invalid",
        diagnostic: error("not-text", { ...base, ...section, params: { shape: "map", kind: field.kind } }),
      };
    }
    const parent = nearestSection(field.key, data);
    return {
      field,
      status: "unfilled",
      diagnostic: error("missing-key", {
        ...base,
        ...(parent ?? { line: 1, column: 1 }),
        params: { kind: field.kind },
      }),
    };
  }
  const at = { ...entry.valuePlace };
  if (entry.type === "alias") {
    return { field, entry, status: "invalid", diagnostic: error("bad-alias", { ...base, ...at }) };
  }
  if (entry.type !== "scalar") {
    return {
      field,
      entry,
      status: "invalid",
      diagnostic: error("not-text", { ...base, ...at, params: { shape: entry.type, kind: field.kind } }),
    };
  }
  if (isPlaceholderValue(entry.source)) {
    return {
      field,
      entry,
      status: "unfilled",
      diagnostic: error("unfilled", { ...base, ...at, params: { found: entry.source, kind: field.kind } }),
    };
  }
  const checked = kindCheck(field.kind, field)(entry.source);
  if (typeof checked === "string") return { field, entry, status: "filled", text: checked };
  const range = `${field.min ?? "…"}–${field.max ?? "…"}`;
  return {
    field,
    entry,
    status: "invalid",
    diagnostic: error(checked.code, {
      ...base,
      ...at,
      params: { found: entry.source, kind: field.kind, range, placeholder: field.placeholder },
    }),
  };
}

/** A group of fields (review:) given a single value instead of its fields. */
function sectionsGivenValues(template: Template, data: DataFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const entry of data.entries.values()) {
    if (template.byKey.has(entry.key) || !template.groups.has(entry.key)) continue;
    out.push(
      error("section-not-mapping", {
        file: data.path,
        ...entry.valuePlace,
        key: entry.key,
        label: template.sections[entry.key] ?? entry.key,
        params: { shape: entry.type === "scalar" ? "scalar" : entry.type },
      }),
    );
  }
  return out;
}

/** Keys in the data file that no field of the template has, each with the likeliest intended key. */
function unknownKeys(template: Template, data: DataFile): Diagnostic[] {
  const keys = template.fields.map((f) => f.key);
  const isPrefix = (k: string) => template.groups.has(k);
  const out: Diagnostic[] = [];
  for (const entry of data.entries.values()) {
    if (template.byKey.has(entry.key) || isPrefix(entry.key) || isDocumentKey(template, entry.key)) continue;
    // Under a section that is itself unknown: that section is reported, not each key inside it.
    const parentUnknown = dotPrefixes(entry.key).some(
      (s) => data.sections.has(s) && !isPrefix(s) && !template.byKey.has(s),
    );
    if (parentUnknown) continue;
    out.push(unknownKey(entry.key, entry.keyPlace, template, data.path, keys));
  }
  for (const [section, place] of data.sections) {
    if (template.byKey.has(section) || isPrefix(section) || isDocumentKey(template, section)) continue;
    const parent = section.includes(".") ? section.slice(0, section.lastIndexOf(".")) : "";
    if (parent && !isPrefix(parent)) continue;
    out.push(unknownKey(section, place, template, data.path, keys));
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function unknownKey(
  key: string,
  place: { line: number; column: number; length: number },
  template: Template,
  file: string,
  keys: string[],
): Diagnostic {
  const suggestion = nearestKey(key, keys);
  return error("unknown-key", {
    file,
    ...place,
    key,
    label: key,
    params: { suggestion, suggestionLabel: suggestion ? template.byKey.get(suggestion)?.label : undefined },
  });
}

function nearestSection(key: string, data: DataFile): { line: number; column: number; length: number } | undefined {
  const parts = key.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const place = data.sections.get(parts.slice(0, i).join("."));
    if (place) return place;
  }
  return undefined;
}
