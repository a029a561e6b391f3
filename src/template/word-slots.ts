import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../diagnostics/lang.js";
import { prepareWordTemplate, type WordTemplate } from "../ooxml/fill-word.js";
import { placeText } from "../ooxml/place-text.js";
import { readRegularFile } from "../source/read-regular-file.js";
import { DEFAULT_MAX_BYTES } from "../source/read-text-file.js";

/** A `{{key}}` slot of template.docx and where a person finds it (页眉, 表1 第2行第3列, 第3段). */
export interface WordSlotUse {
  key: string;
  place: string;
}

/**
 * A template folder's template.docx, read and prepared for filling once, with its slots in document order (a
 * text box's fallback copy left out), or the diagnostic of a file that cannot be read as a Word document.
 */
export async function readWordSlots(
  dir: string,
  lang: Lang,
): Promise<{ slots: WordSlotUse[]; word?: WordTemplate; diagnostics: Diagnostic[] }> {
  // As render reads it: inside the folder, and not a hard link to a file elsewhere.
  const read = await readRegularFile("template.docx", { maxBytes: DEFAULT_MAX_BYTES, within: dir, singleLink: true });
  if (!read.ok) return { slots: [], diagnostics: read.diagnostics };
  const prepared = prepareWordTemplate(read.bytes, join(dir, "template.docx"));
  if (!prepared.ok) return { slots: [], diagnostics: prepared.diagnostics };
  const slots: WordSlotUse[] = [];
  for (const hits of prepared.template.slots.values()) {
    for (const hit of hits)
      if (!hit.paragraph.fallback) slots.push({ key: hit.key, place: placeText(hit.paragraph.place, lang) });
  }
  return { slots, word: prepared.template, diagnostics: [] };
}
