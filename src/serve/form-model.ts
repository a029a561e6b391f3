import { sectionOf } from "../template/section-of.js";
import type { Kind } from "../kinds/kind-names.js";
import { slotContext, slotsByKey } from "../template/slot-context.js";
import type { Template } from "../template/template.js";

/** One input of the form: what the clerk needs to know to fill one field. */
export interface FormField {
  key: string;
  /** The input's id in the page (keys are ASCII identifiers with dots). */
  id: string;
  label: string;
  kind: Kind;
  unit?: string;
  example?: string;
  help?: string;
  /** The sentence of the speech it fills, the blank marked ［X］. */
  context?: string;
  /** How many times the speech prints it. */
  uses: number;
}

/** A group of the form: one section of the speech, in the order the speech reaches it. */
export interface FormGroup {
  title: string;
  fields: FormField[];
}

/** The form of a template: fields grouped by section, groups and fields in the order the speech first uses them. */
export function buildForm(template: Template): FormGroup[] {
  const uses = slotsByKey(template);
  const firstUse = (key: string) => uses.get(key)?.[0]?.offset ?? Number.MAX_SAFE_INTEGER;
  const fields = [...template.fields].sort((a, b) => firstUse(a.key) - firstUse(b.key));
  const groups = new Map<string, FormGroup>();
  for (const f of fields) {
    const title = sectionOf(template, f.key);
    if (!groups.has(title)) groups.set(title, { title, fields: [] });
    const slots = uses.get(f.key) ?? [];
    groups.get(title)!.fields.push({
      key: f.key,
      id: `f-${f.key.replace(/\./g, "-")}`,
      label: f.label,
      kind: f.kind,
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.example !== undefined ? { example: String(f.example) } : {}),
      ...(f.help ? { help: f.help } : {}),
      ...(slots[0] ? { context: slotContext(template, slots[0], 80) } : {}),
      uses: slots.length,
    });
  }
  return [...groups.values()];
}
