import type { Block, SpeechDoc } from "../../structure/types.js";
import { rFontsXml } from "./fonts.js";
import { FONT, LINE } from "./gbt9704.js";
import { STYLE } from "./styles.js";
import { escapeXml } from "./xml.js";

// Run properties, built once: every run names its face with the East Asian hint, so quotes and dashes stay
// in the Chinese face whatever the style says (Word picks a Western face for them otherwise).
const RPR = {
  title: `<w:rPr>${rFontsXml(FONT.title)}</w:rPr>`,
  body: `<w:rPr>${rFontsXml(FONT.body)}</w:rPr>`,
  kai: `<w:rPr>${rFontsXml(FONT.kai)}</w:rPr>`,
  hei: `<w:rPr>${rFontsXml(FONT.hei)}</w:rPr>`,
  // The lead phrase is bold rather than 楷体: （一） headings already use 楷体, and bold survives any
  // font substitution. w:val is written out because some checkers only read attributes.
  lead: `<w:rPr>${rFontsXml(FONT.body)}<w:b w:val="1"/><w:bCs w:val="1"/></w:rPr>`,
};
const HEADING_FACE = { heading1: RPR.hei, heading2: RPR.kai, heading3: RPR.body } as const;
// The last line of the title block is followed by one empty line's worth of space, as printed speeches have.
const BLANK_LINE_AFTER = `<w:spacing w:after="${LINE}"/>`;

// Text goes in exactly as rendered. Invisible word joiners would keep "-2.8%" on one line in LibreOffice
// (Word and WPS never split a figure anyway), but they travel with every copy into Excel and break
// Ctrl+F in Word: a clerk's figures must stay plain characters.
function run(rPr: string, text: string): string {
  return text ? `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : "";
}

function para(style: string | null, runs: string, extraPPr = ""): string {
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : "";
  const pPr = pStyle || extraPPr ? `<w:pPr>${pStyle}${extraPPr}</w:pPr>` : "";
  return `<w:p>${pPr}${runs}</w:p>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "salutation":
      return para(STYLE.salutation, run(RPR.body, b.text));
    case "paragraph":
      return para(null, run(RPR.lead, b.lead) + run(RPR.body, b.rest));
    default:
      return para(STYLE[b.kind], run(HEADING_FACE[b.kind], b.lead) + run(RPR.body, b.rest));
  }
}

/** The paragraphs of word/document.xml's body for a parsed speech and the lines under its title. */
export function bodyXml(doc: SpeechDoc, bylines: readonly string[]): string {
  const out: string[] = [];
  if (doc.titleLines.length) {
    const lines = doc.titleLines.map((l) => run(RPR.title, l)).join("<w:r><w:br/></w:r>");
    out.push(para(STYLE.title, lines, bylines.length ? "" : BLANK_LINE_AFTER));
  }
  bylines.forEach((l, i) => {
    out.push(para(STYLE.byline, run(RPR.kai, l), i === bylines.length - 1 ? BLANK_LINE_AFTER : ""));
  });
  for (const b of doc.blocks) out.push(block(b));
  return out.join("");
}
