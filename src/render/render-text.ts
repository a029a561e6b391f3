import type { FieldStatus } from "../check/check-data.js";
import type { FieldDef } from "../template/field-def.js";
import type { Template } from "../template/template.js";
import { nestValues } from "../template/nest-values.js";

/** final: every value as checked; draft: unfilled or invalid slots as 【待填：label】; blank: the placeholders. */
export type RenderMode = "final" | "draft" | "blank";

/**
 * Fills the template. Values go in verbatim (no HTML escaping: this is text); formats that need escaping
 * (HTML, Markdown, Word XML) escape the finished text themselves.
 */
export function renderText(template: Template, statuses: readonly FieldStatus[], mode: RenderMode): string {
  const values = slotValues(template, statuses, mode).map((v) => [v.key, v.text] as const);
  if (mode !== "blank") return template.fill(nestValues(values));
  // A field whose slots were written differently (XX, 某, X) reads, each time the template prints it, as the
  // next slot's own text.
  const nextOwn = ownPlaceholders(template);
  const each = ([key, text]: readonly [string, string]) =>
    [key, template.byKey.get(key)?.placeholders?.length ? { toString: () => nextOwn(key) ?? text } : text] as const;
  return template.fill(nestValues(values.map(each)));
}

/**
 * For a field whose slots were written differently (the county as XX, 某, X): each call gives the next slot's
 * own text, in the order the slots stand in the source; undefined for a field with one placeholder for all.
 */
export function ownPlaceholders(template: Template): (key: string) => string | undefined {
  const seen = new Map<string, number>();
  return (key) => {
    const own = template.byKey.get(key)?.placeholders;
    if (!own?.length) return undefined;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return own[n];
  };
}

/** What one field prints: its value, its placeholder (blank), or 【待填：label】 (draft, `open` true). */
export interface SlotValue {
  key: string;
  text: string;
  open: boolean;
  placeholder: string;
}

/** Each field's printed text for a mode — the one rule every writer follows. */
export function slotValues(template: Template, statuses: readonly FieldStatus[], mode: RenderMode): SlotValue[] {
  // checkData gives the statuses in the template's field order; look a key up only where they are not.
  let byKey: Map<string, FieldStatus> | undefined;
  const statusOf = (f: FieldDef, i: number) =>
    statuses[i]?.field.key === f.key
      ? statuses[i]
      : (byKey ??= new Map(statuses.map((s) => [s.field.key, s]))).get(f.key);
  return template.fields.map((f, i): SlotValue => {
    if (mode === "blank") return { key: f.key, placeholder: f.placeholder, open: false, text: f.placeholder };
    const s = statusOf(f, i);
    if (s?.status === "filled" && s.text !== undefined)
      return { key: f.key, placeholder: f.placeholder, open: false, text: s.text };
    if (mode === "draft") return { key: f.key, placeholder: f.placeholder, open: true, text: `【待填：${f.label}】` };
    throw new Error(`renderText: field ${f.key} is not filled; check before rendering in final mode`);
  });
}
