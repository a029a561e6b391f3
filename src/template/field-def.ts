import * as z from "zod";
import { KINDS, type Kind } from "../kinds/kind-names.js";

/** One blank of a template, as defined in fields.yaml. */
export interface FieldDef {
  key: string;
  label: string;
  kind: Kind;
  unit?: string;
  /** The text the slot replaced in the source document ("X", "X月X日"); `render --blank` prints it. */
  placeholder: string;
  min?: number;
  max?: number;
  example?: string | number;
  help?: string;
}

/** Keys are dot-separated ASCII identifiers, exactly as written in the template's slots. */
export const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The zod schema of one entry of fields.yaml (kind is checked separately, to name the bad kind). */
export const fieldDefSchema = z.strictObject({
  label: z.string().min(1),
  kind: z.string(),
  unit: z.string().optional(),
  placeholder: z.string().min(1).default("X"),
  min: z.number().optional(),
  max: z.number().optional(),
  example: z.union([z.string(), z.number()]).optional(),
  help: z.string().optional(),
});

/** The zod schema of a whole fields.yaml file. */
export const fieldsFileSchema = z.strictObject({
  title: z.string().optional(),
  description: z.string().optional(),
  sections: z.record(z.string(), z.string()).optional(),
  fields: z.record(z.string(), z.unknown()),
});

/** Whether a kind name from fields.yaml is one of the ten kinds. */
export const kindSchema = z.enum(KINDS);
