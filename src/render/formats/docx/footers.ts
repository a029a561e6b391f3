import type { Footer } from "docx";
import { fontOf } from "./fonts.js";
import { FONT, SIZE } from "./gbt9704.js";

type Docx = typeof import("docx");

// One 四号 character: GB/T 9704 7.5 puts page numbers "空一字" from the edge of the text area.
const ONE_CHAR = SIZE.pageNumber * 10;

/**
 * Page-number footers `— 1 —` in 四号 宋体. Odd pages right, even pages left, each one character in,
 * as GB/T 9704 7.5 prescribes (单页码居右空一字，双页码居左空一字): the layout claims that standard, and
 * offices print speeches double-sided, where this keeps the number at the outer edge of every leaf.
 */
export function pageNumberFooters(docx: Docx): { default: Footer; even: Footer } {
  const number = (side: "right" | "left") =>
    new docx.Footer({
      children: [
        new docx.Paragraph({
          style: "Footer",
          alignment: side,
          indent: side === "right" ? { right: ONE_CHAR } : { left: ONE_CHAR },
          children: [
            new docx.TextRun({
              font: fontOf(FONT.song),
              size: SIZE.pageNumber,
              children: ["— ", docx.PageNumber.CURRENT, " —"],
            }),
          ],
        }),
      ],
    });
  return { default: number("right"), even: number("left") };
}
