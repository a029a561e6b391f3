import { applyEdits, replaceRange, type NodeEdit } from "./text-edits.js";
import type { WordPackage } from "./word-package.js";
import { writePackage } from "./write-package.js";
import type { WordText } from "./word-text.js";

/** A blank of the text view turned into a slot: its place in WordText.text and the key it becomes. */
export interface WordSlot {
  offset: number;
  length: number;
  key: string;
}

/**
 * The Word file with each blank turned into its `{{key}}` slot and nothing else changed: the slot takes
 * the place (and the run) of the blank's first character, the rest of the blank is removed from the runs
 * it spanned, a text box's fallback copy gets the same slots, and every part without a blank is kept byte
 * for byte.
 */
export function slotWordPackage(pkg: WordPackage, text: WordText, slots: readonly WordSlot[]): Uint8Array {
  const edits = new Map<string, NodeEdit[]>();
  for (const slot of slots) {
    const start = text.locate(slot.offset);
    const last = text.locate(slot.offset + slot.length - 1);
    if (!start || !last || start.line !== last.line) continue;
    const { part, paragraph } = start.line;
    const a = start.local;
    const b = last.local + 1;
    const list = edits.get(part.name) ?? [];
    list.push(...replaceRange(paragraph, a, b, { text: `{{${slot.key}}}` }));
    if (paragraph.twin) {
      const copy = part.paragraphs.find((p) => p.fallback && p.twin === paragraph.twin && p.text === paragraph.text);
      if (copy) list.push(...replaceRange(copy, a, b, { text: `{{${slot.key}}}` }));
    }
    edits.set(part.name, list);
  }
  const changed = new Map<string, string>();
  for (const part of pkg.textParts) {
    const list = edits.get(part.name);
    if (list?.length) changed.set(part.name, applyEdits(part.xml, list));
  }
  return writePackage(pkg.entries, changed);
}
