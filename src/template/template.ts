import type { FieldDef } from "./field-def.js";
import type { Slot } from "./slots.js";
import type { LineCounter } from "../diagnostics/line-counter.js";
import type { WordTemplate } from "../ooxml/fill-word.js";

/** A loaded, checked template folder: its text, its fields and where each is used. */
export interface Template {
  /** The name the user gave (built-in name or path). */
  name: string;
  dir: string;
  templateFile: string;
  fieldsFile: string;
  /** template.docx, when the template was imported from Word: render fills it in place. */
  wordFile?: string;
  /** template.docx as read and prepared when the template was loaded (present exactly when wordFile is). */
  word?: WordTemplate;
  /** Title from fields.yaml, for listings. */
  title?: string;
  description?: string;
  /** template.hbs as read (line endings kept). */
  text: string;
  lines: LineCounter;
  /** Fields in the order of fields.yaml. */
  fields: FieldDef[];
  byKey: Map<string, FieldDef>;
  /** Every group the keys imply (review, review.economy …): the mappings a data file may hold. */
  groups: Set<string>;
  /** Chinese headings for the first segment of keys (meeting → 会议). */
  sections: Record<string, string>;
  slots: Slot[];
  /** Fills the compiled template with a nested context of strings. */
  fill: (context: object) => string;
}
