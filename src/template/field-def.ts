import * as z from "zod/mini";
import { KINDS, type Kind } from "../kinds/kind-names.js";

/** One blank of a template, as defined in fields.yaml. */
export interface FieldDef {
  key: string;
  label: string;
  kind: Kind;
  unit?: string;
  /** The text the slot replaced in the source document ("X", "X月X日"); `render --blank` prints it. */
  placeholder: string;
  /**
   * The text each of the field's slots replaced, in the order of template.hbs, when they were written differently
   * (the county as XX, 某 and X): `render --blank` prints each slot's own. Absent: every slot printed `placeholder`.
   */
  placeholders?: string[];
  min?: number;
  max?: number;
  example?: string | number;
  help?: string;
}

/**
 * Keys are dot-separated segments of letters, digits, _ and Chinese characters, exactly as written in the
 * template's slots (县名, 上半年工作回顾.一般公共预算收入): valid Handlebars paths and plain YAML keys. A segment
 * starts with a letter, _ or a Chinese character, or with digits before a Chinese character (2023年工作).
 */
const SEGMENT = "(?:[A-Za-z_\\u3400-\\u9fff]|[0-9]+[\\u3400-\\u9fff])[A-Za-z0-9_\\u3400-\\u9fff]*";
export const FIELD_KEY = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT})*$`);

/**
 * Key parts that would reach object prototypes if a value ever became an object key; refused in fields.yaml
 * and in data files alike (a field the data file could never fill would be useless anyway).
 */
const RESERVED_KEY_PARTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Whether any dot-separated part of a key is reserved. */
export function hasReservedPart(key: string): boolean {
  // Called for every key of every data file: a key without dots is looked up without splitting it.
  if (!key.includes(".")) return RESERVED_KEY_PARTS.has(key);
  return key.split(".").some((part) => RESERVED_KEY_PARTS.has(part));
}

/**
 * The zod schemas of fields.yaml: one entry (kind is checked separately, to name the bad kind), the whole file,
 * and the kind names. Built on first use: building them cost `xfill check` a tenth of its start-up, and a
 * built-in template never needs them (its analysis is cached at build time). zod/mini, as the kind schemas:
 * the CLI loads one zod API, the small one.
 */
export function fieldsSchemas(): FieldsSchemas {
  return (schemas ??= buildSchemas());
}

type FieldsSchemas = ReturnType<typeof buildSchemas>;
let schemas: FieldsSchemas | undefined;

function buildSchemas() {
  return {
    fieldDef: z.strictObject({
      label: z.string().check(z.minLength(1)),
      kind: z.string(),
      unit: z.optional(z.string()),
      placeholder: z._default(z.string().check(z.minLength(1)), "X"),
      placeholders: z.optional(z.array(z.string().check(z.minLength(1)))),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      example: z.optional(z.union([z.string(), z.number()])),
      help: z.optional(z.string()),
    }),
    fieldsFile: z.strictObject({
      title: z.optional(z.string()),
      description: z.optional(z.string()),
      sections: z.optional(z.record(z.string(), z.string())),
      fields: z.record(z.string(), z.unknown()),
    }),
    kindName: z.enum(KINDS),
  };
}
