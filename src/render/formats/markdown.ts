import { parseSpeech } from "../structure/parse-speech.js";
import type { Block } from "../structure/types.js";
import { escapeMarkdownInline as inline, escapeMarkdownLine as line } from "./markdown-escape.js";
import { bylines, type RenderMeta } from "./meta.js";

const HEADING_MARK = { heading1: "##", heading2: "###", heading3: "####" } as const;

/** The speech as Markdown: title `#`, 一、 `##`, （一） `###`, 1. `####`, lead phrases bold, blank lines between paragraphs. */
export function toMarkdown(text: string, meta: RenderMeta = {}): string {
  const doc = parseSpeech(text);
  const out: string[] = [];
  if (doc.title) out.push(`# ${inline(doc.title)}`);
  for (const l of bylines(meta)) out.push(line(l));
  for (const b of doc.blocks) out.push(block(b));
  return out.join("\n\n") + "\n";
}

function block(b: Block): string {
  if (b.kind === "paragraph" || b.kind === "salutation") {
    return b.lead ? strong(b.lead) + inline(b.rest) : line(b.text);
  }
  // A heading with running text after it is a paragraph whose opening words are bold, as in print.
  if (b.rest) return strong(b.lead) + inline(b.rest);
  return `${HEADING_MARK[b.kind]} ${inline(b.text)}`;
}

// CommonMark will not close `**` between punctuation and a letter ("。**要"), which is where every
// lead phrase ends; closing before the final 。 and leaving it outside keeps the bold working.
function strong(lead: string): string {
  const last = lead.slice(-1);
  const ends = /[。！？：]/.test(last);
  const body = ends ? lead.slice(0, -1) : lead;
  return `**${line(body)}**${ends ? last : ""}`;
}
