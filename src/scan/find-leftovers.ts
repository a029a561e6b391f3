import { scanText, type ScanOptions } from "./scan-text.js";
import type { ScanResult } from "./types.js";

/** Something in a finished document that must not reach print: a blank, a draft mark, a template slot. */
export interface Leftover {
  kind: "placeholder" | "draft-marker" | "template-slot";
  offset: number;
  length: number;
  text: string;
}

const DRAFT_MARKER = /【待填[：:][^】\n]*】/g;
const TEMPLATE_SLOT = /\{\{[^}\n]*\}\}/g;

/**
 * Everything left unfinished in a document: the scanner's placeholders, plus the 【待填：…】 marks of a
 * draft and unrendered {{slots}} — a draft printed by mistake is the commonest way a blank reaches print.
 */
export function findLeftovers(text: string, opts: ScanOptions = {}): { leftovers: Leftover[]; scan: ScanResult } {
  const scan = scanText(text, opts);
  const leftovers: Leftover[] = scan.placeholders.map((p) => ({ kind: "placeholder", offset: p.offset, length: p.length, text: p.text }));
  for (const [re, kind] of [[DRAFT_MARKER, "draft-marker"], [TEMPLATE_SLOT, "template-slot"]] as const) {
    for (const m of text.matchAll(re)) {
      // A 【待填：…】 holds a label that may itself contain X-like text; drop scanner hits inside it.
      const start = m.index;
      const end = start + m[0].length;
      for (let i = leftovers.length - 1; i >= 0; i--) {
        const l = leftovers[i]!;
        if (l.kind === "placeholder" && l.offset >= start && l.offset < end) leftovers.splice(i, 1);
      }
      leftovers.push({ kind, offset: start, length: m[0].length, text: m[0] });
    }
  }
  leftovers.sort((a, b) => a.offset - b.offset);
  return { leftovers, scan };
}
