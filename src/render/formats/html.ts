import { parseSpeech } from "../structure/parse-speech.js";
import type { Block } from "../structure/types.js";
import { escapeHtml as esc } from "./html-escape.js";
import { HTML_STYLE } from "./html-style.js";
import { bylines, type RenderMeta } from "./meta.js";

const TAG = { heading1: "h2", heading2: "h3", heading3: "h4" } as const;
const LEVEL = { heading1: "level-1", heading2: "level-2", heading3: "level-3" } as const;

/** The speech as one standalone HTML page (zh-CN, UTF-8) with a print stylesheet close to the .docx layout. */
export function toHtml(text: string, meta: RenderMeta = {}): string {
  const doc = parseSpeech(text);
  const title = meta.title?.trim() || doc.title;
  const head = [
    `<h1>${doc.titleLines.map(esc).join("<br>")}</h1>`,
    ...bylines(meta).map((l) => `<p class="byline">${esc(l)}</p>`),
  ];
  const body = doc.blocks.map(block);
  return [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    "</head>",
    "<body>",
    '<article class="speech">',
    `<header class="title-block">\n${head.join("\n")}\n</header>`,
    ...body,
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function block(b: Block): string {
  if (b.kind === "salutation") return `<p class="salutation">${esc(b.text)}</p>`;
  if (b.kind === "paragraph") {
    return b.lead ? `<p><strong class="lead">${esc(b.lead)}</strong>${esc(b.rest)}</p>` : `<p>${esc(b.text)}</p>`;
  }
  // A heading with text running on after it is a paragraph that opens in the heading's face, as in the .docx.
  if (b.rest) return `<p><span class="${LEVEL[b.kind]}">${esc(b.lead)}</span>${esc(b.rest)}</p>`;
  return `<${TAG[b.kind]} class="${LEVEL[b.kind]}">${esc(b.text)}</${TAG[b.kind]}>`;
}
