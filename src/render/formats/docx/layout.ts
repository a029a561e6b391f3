import { escapeXml } from "./xml.js";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { fontTableXml } from "./font-table.js";
import { pageNumberFooters } from "./footers.js";
import { LINE, MARGIN, PAGE } from "./gbt9704.js";
import { patchStylesXml, stylesOptions } from "./styles.js";
import { zipEntry, type ZipEntry } from "./zip.js";

/** The parts every speech shares, laid out once: all package parts but the body and core properties. */
export interface DocxLayout {
  /** Every part other than word/document.xml and docProps/core.xml, compressed, [Content_Types].xml first. */
  parts: ZipEntry[];
  /** word/document.xml up to and including `<w:body>`, with the namespaces docx declares. */
  documentHead: string;
  /** The section properties (page, margins, footer references) and the closing tags. */
  documentTail: string;
}

let cached: Promise<DocxLayout> | undefined;

/** The shared layout, built by the docx package on first use and reused for every document in the process. */
export function docxLayout(): Promise<DocxLayout> {
  cached ??= buildLayout();
  return cached;
}

async function buildLayout(): Promise<DocxLayout> {
  // Imported here, not at the top, so that commands which never write Word don't load docx (~1 MB).
  const docx = await import("docx");
  const doc = new docx.Document({
    creator: "xfill",
    evenAndOddHeaderAndFooters: true,
    styles: stylesOptions(),
    sections: [
      {
        // linePitch alone adds no grid (LibreOffice spreads characters apart under a character grid)
        // but gives Word's page setup 22 lines should someone switch the line grid on.
        properties: { page: { size: { ...PAGE, orientation: "portrait" }, margin: MARGIN }, grid: { linePitch: LINE } },
        footers: pageNumberFooters(docx),
        children: [new docx.Paragraph("")],
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await docx.Packer.toBuffer(doc)));
  const document = strFromU8(need(files, "word/document.xml"));
  const bodyAt = document.indexOf("<w:body>") + "<w:body>".length;
  const sectAt = document.indexOf("<w:sectPr");
  if (bodyAt < "<w:body>".length || sectAt < 0) throw new Error("docx wrote a document.xml without body or sectPr");
  const replaced: Record<string, string> = {
    "word/styles.xml": patchStylesXml(strFromU8(need(files, "word/styles.xml"))),
    "word/settings.xml": withChineseThemeFonts(strFromU8(need(files, "word/settings.xml"))),
    "word/fontTable.xml": fontTableXml(),
  };
  // [Content_Types].xml first: some readers sniff the package from its first entry.
  const names = ["[Content_Types].xml", ...Object.keys(files).filter((n) => n !== "[Content_Types].xml")];
  const parts = names
    .filter((n) => n !== "word/document.xml" && n !== "docProps/core.xml")
    .map((n) => zipEntry(n, n in replaced ? strToU8(replaced[n]!) : need(files, n)));
  return { parts, documentHead: document.slice(0, bodyAt), documentTail: document.slice(sectAt) };
}

// Word's own Simplified Chinese line-breaking rules (禁则), written out: LibreOffice applies them only when
// the document carries them, and without them it set "增速-2.8" at a line's end and "%" on the next.
// "-" is added to the characters that may not end a line (Word's own list already holds the half-width "$"
// and "("), asking Word and WPS to keep a minus with its figure: "增速" / "-2.8%", not "增速-" / "2.8%".
// LibreOffice cannot be told so: it counts "-" and digits (Basic Latin) as Latin script, applies these lists
// only to Asian-script text, and its own line rules (i18npool/source/breakiterator/data/line.txt, after
// UAX #14 5.0) leave the hyphen out of rule LB25 — "($PR | $PO)? ($OP)? $NU …" — so a break after "-"
// before a digit is always allowed there. Only another character holds: with U+2212 (minus sign) none of
// 14 figures placed across a line's end was split, while U+2011 (what w:noBreakHyphen becomes) still split
// 4 in LibreOffice 7.4; either way a clerk copying the figure would no longer get the "-" that was written.
// Measured in test/render-formats/docx-libreoffice.test.ts; README says so.
const NO_LINE_START = "!%),.:;?]}¢°·'\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？］｝～";
const NO_LINE_END = "-$(£¥·'\"〈《「『【〔〖〝﹙﹛＄（．［｛￡￥";
// doNotCompress: every punctuation mark keeps a full character's width, as GB/T 9704 and GB/T 15834 set
// them, so a line holds 28 characters whatever its punctuation (compressPunctuation lets Word squeeze
// punctuation and fit more on some lines).
const LINE_BREAK_RULES =
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  `<w:noLineBreaksAfter w:lang="zh-CN" w:val="${escapeXml(NO_LINE_END)}"/>` +
  `<w:noLineBreaksBefore w:lang="zh-CN" w:val="${escapeXml(NO_LINE_START)}"/>`;

// Tells Word that East Asian theme fonts are Chinese ones, so nothing falls back to Japanese faces; and
// adds the line-breaking rules just before <w:compat>, where the schema's element order puts them.
function withChineseThemeFonts(settings: string): string {
  const lang = '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>';
  if (!settings.includes("</w:compat>")) return settings;
  return settings.replace("<w:compat>", LINE_BREAK_RULES + "<w:compat>").replace("</w:compat>", "</w:compat>" + lang);
}

function need(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const f = files[name];
  if (!f) throw new Error(`docx wrote no ${name}`);
  return f;
}
