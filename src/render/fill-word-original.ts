import { failure, type Result } from "../diagnostics/result.js";
import { basename, dirname } from "node:path";
import { readRegularFile } from "../source/read-regular-file.js";
import { DEFAULT_MAX_BYTES } from "../source/read-text-file.js";
import type { FieldStatus } from "../check/check-data.js";
import { fillWordTemplate, prepareWordTemplate, type WordTemplate, type WordValue } from "../ooxml/fill-word.js";
import type { Template } from "../template/template.js";
import { slotValues, type RenderMode } from "./render-text.js";

/** How the clerk's own Word file is filled. */
export interface InPlaceOptions {
  /** Each fill as a tracked change by "xfill" for Word's and WPS's 审阅 pane. */
  trackChanges?: boolean;
  /** The date the tracked changes carry (default: now). */
  now?: Date;
}

/** template.docx read once per template (batch fills it a thousand times). */
const prepared = new WeakMap<Template, Promise<Result<{ template: WordTemplate }>>>();

/**
 * The template's own Word file with every slot filled in place (the template must have a wordFile); a
 * template.docx that cannot be read fails with its diagnostics.
 */
export async function fillWordOriginal(
  template: Template,
  statuses: readonly FieldStatus[],
  mode: RenderMode,
  opts: InPlaceOptions = {},
): Promise<Result<{ bytes: Uint8Array }>> {
  const file = template.wordFile!;
  let ready = prepared.get(template);
  if (!ready) {
    // Held to the template folder like template.hbs: no link out of it, no second name (see loadTemplate).
    ready = readRegularFile(basename(file), {
      maxBytes: DEFAULT_MAX_BYTES,
      within: dirname(file),
      singleLink: true,
    }).then((r) => (r.ok ? prepareWordTemplate(r.bytes, file) : failure(...r.diagnostics)));
    prepared.set(template, ready);
  }
  const read = await ready;
  if (!read.ok) return failure(...read.diagnostics);
  const word = read.template;
  const values = new Map<string, WordValue>(
    slotValues(template, statuses, mode).map((v) => [
      v.key,
      { text: v.text, draft: v.open, placeholder: v.placeholder },
    ]),
  );
  const date = (opts.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const bytes = fillWordTemplate(
    word,
    (key) => values.get(key),
    opts.trackChanges ? { trackChanges: { author: "xfill", date } } : {},
  );
  return { ok: true, diagnostics: [], bytes };
}
