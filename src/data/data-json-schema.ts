import type { Kind } from "../kinds/kind-names.js";
import type { FieldDef } from "../template/field-def.js";
import type { Template } from "../template/template.js";

type JsonSchema = Record<string, unknown>;

/** What a value of each kind may look like in YAML, for editors that read JSON Schema (VS Code, WPS…). */
function valueSchema(kind: Kind): JsonSchema {
  const number = (pattern: string): JsonSchema => ({ anyOf: [{ type: "number" }, { type: "string", pattern }] });
  switch (kind) {
    case "county":
    case "place":
    case "person":
    case "name":
      return { type: "string", minLength: 1 };
    case "count":
      // Whole numbers only, as check wants: 3.5 个 is underlined in the editor too.
      return {
        anyOf: [
          { type: "integer", minimum: 0 },
          { type: "string", pattern: "^[0-9０-９]+$" },
        ],
      };
    case "rank":
      return {
        anyOf: [
          { type: "integer", minimum: 1 },
          { type: "string", pattern: "^[1-9１-９][0-9０-９]*$" },
        ],
      };
    case "amount":
      return number("^[+]?[0-9０-９]+([.．][0-9０-９]+)?$");
    case "percent":
      return number("^[+-]?[0-9０-９]+([.．][0-9０-９]+)?\\s*%?$");
    case "ordinal":
      return {
        anyOf: [
          { type: "integer", minimum: 1, maximum: 9999 },
          { type: "string", pattern: "^([0-9]+|[零一二三四五六七八九十百千两]+)$" },
        ],
      };
    case "date":
      return {
        type: "string",
        pattern:
          "^(\\d{4}[-/.]\\d{1,2}([-/.]\\d{1,2})?|(\\d{4}年)?\\d{1,2}月(\\d{1,2}日)?|\\d{4}年|\\d{1,2}\\s*[-—~～至到]\\s*\\d{1,2}月?)$",
      };
  }
}

function leaf(f: FieldDef): JsonSchema {
  const s: JsonSchema = { title: f.label, ...valueSchema(f.kind) };
  const parts = [f.unit ? `单位：${f.unit}` : "", f.help ?? ""].filter(Boolean);
  if (parts.length) s.description = parts.join("；");
  if (f.example !== undefined) s.examples = [f.example];
  if (f.min !== undefined || f.max !== undefined) {
    // Bounds apply to the number form; the string form is checked by xfill itself.
    const alt = (s.anyOf as JsonSchema[] | undefined)?.[0];
    if (alt)
      Object.assign(alt, f.min !== undefined ? { minimum: f.min } : {}, f.max !== undefined ? { maximum: f.max } : {});
  }
  // An empty value (null) is allowed while a file is being filled; `xfill check` reports it as unfilled.
  return { anyOf: [s, { type: "null" }], title: f.label };
}

/** The JSON Schema (draft 2020-12) of a template's data file: nested objects, each field titled with its label. */
export function dataJsonSchema(template: Template): JsonSchema {
  const root: JsonSchema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: template.title ?? template.name,
    type: "object",
    properties: {},
    additionalProperties: false,
  };
  for (const f of template.fields) {
    const parts = f.key.split(".");
    let node = root;
    for (const p of parts.slice(0, -1)) {
      const props = node.properties as Record<string, JsonSchema>;
      node = props[p] ??= {
        type: "object",
        title: template.sections[p] ?? p,
        properties: {},
        additionalProperties: false,
      };
    }
    (node.properties as Record<string, JsonSchema>)[parts[parts.length - 1]!] = leaf(f);
  }
  (root.properties as Record<string, JsonSchema>).document = {
    type: "object",
    title: "文稿信息（可选）",
    properties: {
      speaker: { type: ["string", "null"], title: "讲话人" },
      date: { type: ["string", "null"], title: "讲话日期" },
    },
    additionalProperties: false,
  };
  return root;
}
