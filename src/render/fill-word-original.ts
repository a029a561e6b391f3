import type { Result } from "../diagnostics/result.js";
import type { FieldStatus } from "../check/check-data.js";
import { fillWordTemplate, type WordTemplate, type WordValue } from "../ooxml/fill-word.js";
import type { Template } from "../template/template.js";
import { ownPlaceholders, slotValues, type RenderMode } from "./render-text.js";

/** How the clerk's own Word file is filled. */
export interface InPlaceOptions {
  /** Each fill as a tracked change by "xfill" for Word's and WPS's 审阅 pane. */
  trackChanges?: boolean;
  /** The date the tracked changes carry (default: now). */
  now?: Date;
}

/**
 * The template's own Word file (`template.word`) with every slot filled in place. The file was read (held to the template folder
 * like template.hbs) and prepared when the template was loaded; batch fills it a thousand times.
 */
export function fillWordOriginal(
  template: Template,
  word: WordTemplate,
  statuses: readonly FieldStatus[],
  mode: RenderMode,
  opts: InPlaceOptions = {},
): Result<{ bytes: Uint8Array }> {
  const values = new Map<string, WordValue>(
    slotValues(template, statuses, mode).map((v) => [
      v.key,
      { text: v.text, draft: v.open, placeholder: v.placeholder },
    ]),
  );
  // A field whose slots were written differently (the county as XX and X) has each slot's own text, in the
  // order the slots stand: what a tracked change deletes, and what a blank render prints there.
  const nextOwn = ownPlaceholders(template);
  const valueAt = (key: string): WordValue | undefined => {
    const value = values.get(key);
    const own = value && nextOwn(key);
    if (!value || own === undefined) return value;
    return { ...value, placeholder: own, ...(mode === "blank" ? { text: own } : {}) };
  };
  const date = (opts.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const bytes = fillWordTemplate(word, valueAt, opts.trackChanges ? { trackChanges: { author: "xfill", date } } : {});
  return { ok: true, diagnostics: [], bytes };
}
