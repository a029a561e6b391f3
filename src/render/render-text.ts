import type { FieldStatus } from "../check/check-data.js";
import type { Template } from "../template/template.js";
import { nestValues } from "../template/nest-values.js";

/** final: every value as checked; draft: unfilled or invalid slots as 【待填：label】; blank: the placeholders. */
export type RenderMode = "final" | "draft" | "blank";

/**
 * Fills the template. Values go in verbatim (no HTML escaping: this is text); formats that need escaping
 * (HTML, Markdown, Word XML) escape the finished text themselves.
 */
export function renderText(template: Template, statuses: readonly FieldStatus[], mode: RenderMode): string {
  const byKey = new Map(statuses.map((s) => [s.field.key, s]));
  const values = template.fields.map((f): [string, string] => {
    if (mode === "blank") return [f.key, f.placeholder];
    const s = byKey.get(f.key);
    if (s?.status === "filled" && s.text !== undefined) return [f.key, s.text];
    if (mode === "draft") return [f.key, `【待填：${f.label}】`];
    throw new Error(`renderText: field ${f.key} is not filled; check before rendering in final mode`);
  });
  return template.fill(nestValues(values));
}
