import type { Template } from "./template.js";
import type { Slot } from "./slots.js";

const SENTENCE_END = /[。！？；\n]/;

/**
 * The sentence of the speech a slot sits in, as the blank template reads (other slots shown as their
 * placeholders), with this slot's placeholder marked ［X］ — what a clerk needs to know which blank it is.
 */
export function slotContext(template: Template, slot: Slot, maxChars = 60): string {
  const text = template.text;
  let start = slot.offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = slot.offset + slot.length;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  if (end < text.length && text[end] !== "\n") end++;
  const placeholderOf = (key: string) => template.byKey.get(key)?.placeholder ?? "X";
  const before = blank(text.slice(start, slot.offset), placeholderOf);
  const after = blank(text.slice(slot.offset + slot.length, end), placeholderOf);
  const mark = `［${placeholderOf(slot.key)}］`;
  return trimAround(before.replace(/^\s+/, ""), mark, after.replace(/\s+$/, ""), maxChars);
}

/** Where each field is used: the slots that print it, in document order. */
export function slotsByKey(template: Template): Map<string, Slot[]> {
  const map = new Map<string, Slot[]>();
  for (const s of template.slots) {
    if (!map.has(s.key)) map.set(s.key, []);
    map.get(s.key)!.push(s);
  }
  return map;
}

function blank(fragment: string, placeholderOf: (key: string) => string): string {
  return fragment
    .replace(/\{\{\{?\s*([^}\s]+)\s*\}?\}\}/g, (_, key: string) => placeholderOf(key))
    .replace(/\{\{[^}]*\}\}/g, "");
}

/** Keeps the marked slot visible when the sentence is long: cut on both sides, marked with …. */
function trimAround(before: string, mark: string, after: string, maxChars: number): string {
  const room = Math.max(10, maxChars - mark.length);
  const half = Math.floor(room / 2);
  let b = [...before];
  let a = [...after];
  if (b.length + a.length > room) {
    const keepB = Math.min(b.length, Math.max(half, room - a.length));
    const keepA = Math.min(a.length, room - keepB);
    b = keepB < b.length ? ["…", ...b.slice(b.length - keepB)] : b;
    a = keepA < a.length ? [...a.slice(0, keepA), "…"] : a;
  }
  return b.join("") + mark + a.join("");
}
