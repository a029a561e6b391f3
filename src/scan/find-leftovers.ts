import { scanText, type ScanOptions } from "./scan-text.js";
import type { ScanResult } from "./types.js";

/** Something in a finished document that must not reach print: a blank, a draft mark, a template slot. */
export interface Leftover {
  kind: "placeholder" | "draft-marker" | "template-slot";
  offset: number;
  length: number;
  text: string;
}

// Bodies may not contain the opening bracket: on a line of "{{{{…" or "【待填：【待填：…" each attempt then ends
// at the next one instead of rescanning the rest of the line (quadratic: 200 KB of "{" took a minute).
const DRAFT_MARKER = /【待填[：:][^】【\n]*】/g;
const TEMPLATE_SLOT = /\{\{[^{}\n]*\}\}/g;

/**
 * Everything left unfinished in a document: the scanner's placeholders, plus the 【待填：…】 marks of a
 * draft and unrendered {{slots}} — a draft printed by mistake is the commonest way a blank reaches print.
 */
export function findLeftovers(text: string, opts: ScanOptions = {}): { leftovers: Leftover[]; scan: ScanResult } {
  const scan = scanText(text, opts);
  const marks: Leftover[] = [];
  for (const [re, kind] of [
    [DRAFT_MARKER, "draft-marker"],
    [TEMPLATE_SLOT, "template-slot"],
  ] as const) {
    for (const m of text.matchAll(re)) marks.push({ kind, offset: m.index, length: m[0].length, text: m[0] });
  }
  marks.sort((a, b) => a.offset - b.offset);
  // A 【待填：…】 holds a label that may itself contain X-like text: scanner hits inside a mark are dropped.
  // Both lists are in text order, so one forward walk does it (the marks never overlap each other).
  const leftovers: Leftover[] = [];
  let m = 0;
  for (const p of scan.placeholders) {
    while (m < marks.length && marks[m]!.offset + marks[m]!.length <= p.offset) m++;
    const mark = marks[m];
    if (mark && mark.offset <= p.offset) continue;
    leftovers.push({ kind: "placeholder", offset: p.offset, length: p.length, text: p.text });
  }
  leftovers.push(...marks);
  leftovers.sort((a, b) => a.offset - b.offset);
  return { leftovers, scan };
}
