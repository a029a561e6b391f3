import type { IStylesOptions } from "docx";
import { fontOf } from "./fonts.js";
import { BODY_CHAR_SPACING, FONT, INDENT_TWIPS, LINE, SIZE, TITLE_LINE } from "./gbt9704.js";

/** Paragraph style ids the document body refers to. */
export const STYLE = {
  title: "Title",
  byline: "XfByline",
  salutation: "XfSalutation",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
} as const;

// Body layout lives in the document defaults so that every reader applies it, including those that
// ignore a Normal style without an explicit reference; other styles only say how they differ.
const BODY_INDENT = { firstLine: INDENT_TWIPS, firstLineChars: 200 };
const NO_INDENT = { firstLine: 0, firstLineChars: 0 };
const EXACT = { line: LINE, lineRule: "exact", before: 0, after: 0 } as const;

/**
 * The styles part: 三号 仿宋 body condensed to 28 characters a line, with a two-character indent and 28.95 pt
 * lines, and the heading, title and byline styles.
 */
export function stylesOptions(): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: fontOf(FONT.body),
          size: SIZE.body,
          characterSpacing: BODY_CHAR_SPACING,
          language: { value: "en-US", eastAsia: "zh-CN" },
        },
        paragraph: { alignment: "both", spacing: EXACT, indent: BODY_INDENT },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: "Title",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        // The body's −0.25 pt a character applies here too: ~1 % of a 二号 character, not to be seen.
        run: { font: fontOf(FONT.title), size: SIZE.title },
        paragraph: { alignment: "center", indent: NO_INDENT, spacing: { ...EXACT, line: TITLE_LINE }, keepNext: true },
      },
      {
        id: STYLE.byline,
        name: "xfill 署名日期",
        basedOn: "Normal",
        quickFormat: true,
        run: { font: fontOf(FONT.kai) },
        paragraph: { alignment: "center", indent: NO_INDENT, keepNext: true },
      },
      {
        id: STYLE.salutation,
        name: "xfill 称呼",
        basedOn: "Normal",
        quickFormat: true,
        paragraph: { indent: NO_INDENT },
      },
      heading(STYLE.heading1, "heading 1", FONT.hei, 0),
      heading(STYLE.heading2, "heading 2", FONT.kai, 1),
      heading(STYLE.heading3, "heading 3", FONT.body, 2),
      {
        id: "Footer",
        name: "footer",
        basedOn: "Normal",
        run: { font: fontOf(FONT.song), size: SIZE.pageNumber },
        paragraph: { indent: NO_INDENT, spacing: { line: 240, lineRule: "auto", before: 0, after: 0 } },
      },
    ],
  };
}

// Headings keep the body's indent and line (GB/T 9704 sets them in the text grid) and only change face;
// the outline level puts them in Word's navigation pane.
function heading(id: string, name: string, font: string, outlineLevel: number) {
  return {
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: fontOf(font), size: SIZE.body, bold: false, color: "000000" },
    paragraph: { keepNext: true, outlineLevel },
  };
}

/**
 * What docx cannot say in a style, patched into the written styles part: widow and orphan control off
 * in the document defaults. Left on (LibreOffice assumes it when absent), it pulls a paragraph's last
 * line over to the next page and leaves 21 lines where GB/T 9704 asks for 22 on every full page.
 */
export function patchStylesXml(xml: string): string {
  const at = "<w:pPrDefault><w:pPr>";
  if (!xml.includes(at)) throw new Error("docx wrote styles without paragraph defaults");
  return xml.replace(at, at + '<w:widowControl w:val="0"/>');
}
