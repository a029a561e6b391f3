import { failure, type Result } from "../diagnostics/result.js";
import type { MessageCode } from "../diagnostics/message-table.js";
import { isMap, isScalar, parseDocument, visit, type Node } from "yaml";
import type { core } from "zod/mini";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { placeYamlError } from "../source/yaml-error-place.js";
import { LineCounter } from "../diagnostics/line-counter.js";
import { dotPrefixes } from "./dot-prefixes.js";
import { FIELD_KEY, fieldsSchemas, hasReservedPart, type FieldDef } from "./field-def.js";
import { CONTROL_CHAR } from "../kinds/control-chars.js";

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
export function loadFields(text: string, file: string): Result<{ fields: FieldsFile }> {
  // Duplicates are found below with a Set: yaml's uniqueKeys compares each key with every earlier one
  // (a 10,000-field template took a minute to load).
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const lines = new LineCounter(text);
  const at = (offset: number) => ({ file, ...lines.linePos(offset) });
  if (doc.errors.length > 0) {
    const { code, start } = placeYamlError(text, doc.errors[0]!);
    return failure(error(code, at(start)));
  }
  let bad: KeyProblem | undefined;
  visit(doc, {
    Map: (_, node) => {
      bad ??= firstBadKey(node, text);
      return bad ? visit.BREAK : undefined;
    },
  });
  if (bad?.complex !== undefined)
    return failure(error("fields-complex-key", { ...at(bad.offset), params: { found: bad.complex } }));
  if (bad) return failure(error("fields-duplicate-key", { ...at(bad.offset), key: bad.name }));
  let js: unknown;
  try {
    // yaml refuses aliases that expand past its limit ("billion laughs") by throwing, in English.
    js = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return failure(error("fields-alias-limit", { file, line: 1, column: 1 }));
  }
  const whole = fieldsSchemas().fieldsFile.safeParse(js);
  if (!whole.success) {
    const place = (name: string) => {
      const node =
        doc.contents && isMap(doc.contents)
          ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === name)
          : undefined;
      return (node?.key as Node | undefined)?.range ? at((node!.key as Node).range![0]) : { file, line: 1, column: 1 };
    };
    return failure(...whole.error.issues.map((i) => topLevelDiagnostic(i, place)));
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
  const reject = (code: MessageCode, key: string, params: Record<string, string>) => {
    rejected.add(key);
    diagnostics.push(error(code, { file, ...(places.get(key) ?? { line: 1, column: 1 }), key, params }));
  };
  for (const [key, raw] of Object.entries(whole.data.fields)) {
    if (!FIELD_KEY.test(key)) {
      reject("fields-bad-key", key, {});
      continue;
    }
    if (hasReservedPart(key)) {
      reject("fields-reserved-key", key, {});
      continue;
    }
    const def = fieldsSchemas().fieldDef.safeParse(raw);
    if (!def.success) {
      const { code, params } = propertyProblem(def.error, raw);
      reject(code, key, params);
      continue;
    }
    // A label is one line: it heads a comment in the data file and a line in every report.
    if (CONTROL_CHAR.test(def.data.label)) {
      reject("fields-label-line", key, {});
      continue;
    }
    const kind = fieldsSchemas().kindName.safeParse(def.data.kind);
    if (!kind.success) {
      reject("template-bad-kind", key, { found: def.data.kind });
      continue;
    }
    fields.push({ key, ...def.data, kind: kind.data });
  }
  const groups = new Set(fields.flatMap((f) => dotPrefixes(f.key)));
  for (const f of fields) if (groups.has(f.key)) reject("fields-group-and-field", f.key, {});
  const { title, description, sections = {} } = whole.data;
  return {
    ok: true,
    fields: { title, description, sections, fields: fields.filter((f) => !rejected.has(f.key)), places, rejected },
    diagnostics,
  };
}

const FIELD_PROPERTIES = "label、kind、unit、placeholder、placeholders、min、max、example、help";

/** Our code and words for the first thing zod found wrong in one field's definition (zod's own wording never reaches a user). */
function propertyProblem(err: core.$ZodError, raw: unknown): { code: MessageCode; params: Record<string, string> } {
  const issue = err.issues[0]!;
  const name = String(issue.path[0] ?? "");
  // Whether the property was written at all, read from the definition itself (zod/mini's issues omit the input).
  const written = typeof raw === "object" && raw !== null && Object.hasOwn(raw, name);
  if (issue.code === "unrecognized_keys")
    return { code: "fields-unknown-property", params: { name: issue.keys.join("、"), expected: FIELD_PROPERTIES } };
  if (issue.code === "too_small" || (issue.code === "invalid_type" && !written))
    return { code: "fields-missing-property", params: { name } };
  if (issue.code === "invalid_type" || issue.code === "invalid_union")
    return { code: "fields-wrong-type", params: { name, type: typeWord(name) } };
  return { code: "fields-invalid", params: {} };
}

/** The kind of value each property of fields.yaml holds, as a message code of its words. */
function typeWord(name: string): MessageCode {
  if (name === "min" || name === "max") return "type-number";
  if (name === "example") return "type-text-or-number";
  if (name === "sections" || name === "fields") return "type-map";
  if (name === "placeholders") return "type-list";
  return "type-text";
}

/** A problem with the top level of fields.yaml (an unknown entry, `fields` missing or not a mapping). */
function topLevelDiagnostic(
  issue: core.$ZodIssue,
  place: (name: string) => { file: string; line: number; column: number },
): Diagnostic {
  const name = String(issue.path[0] ?? "");
  if (issue.code === "unrecognized_keys")
    return error("fields-top-unknown", { ...place(issue.keys[0] ?? ""), params: { name: issue.keys.join("、") } });
  if (issue.path.length > 1 && name !== "fields")
    return error("fields-top-wrong-type", {
      ...place(name),
      params: { name: issue.path.join("."), type: "type-text" },
    });
  return error("fields-top-wrong-type", {
    ...place(name),
    params: { name: name || "fields", type: typeWord(name || "fields") },
  });
}

/** A key of fields.yaml that cannot be: written twice in one mapping, or a list or mapping (`complex`, its text). */
interface KeyProblem {
  name: string;
  offset: number;
  complex?: string;
}

/**
 * The first bad key of a mapping, with its offset; undefined for none or a non-mapping. A list or mapping as
 * a key would otherwise reach yaml's toJS, which warns in English through process.emitWarning.
 */
function firstBadKey(node: unknown, text: string): KeyProblem | undefined {
  if (!isMap(node)) return undefined;
  const seen = new Set<string>();
  for (const pair of node.items) {
    const k = pair.key as Node | null;
    if (k !== null && !isScalar(k)) {
      const [start, end] = k.range ?? [0, 0];
      const shown = text.slice(start, end).replace(/\s+/g, " ").trim();
      return { name: "", offset: start, complex: shown.length > 30 ? `${shown.slice(0, 30)}…` : shown };
    }
    if (!isScalar(k)) continue;
    const name = String(k.value);
    if (seen.has(name)) return { name, offset: k.range?.[0] ?? 0 };
    seen.add(name);
  }
  return undefined;
}
