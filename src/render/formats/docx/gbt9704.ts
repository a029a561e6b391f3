// The GB/T 9704-2012 page in Word's units. Twips are 1/20 pt (1 mm ≈ 56.7 twips); font sizes are
// half-points (w:sz), so 三号 16 pt is 32.

/** A4 in twips (210 × 297 mm). */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * Margins in twips: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, leaving the 156 × 225 mm text
 * area of GB/T 9704 5.2.1. `footer` places the page number's line about 7 mm under the text area
 * (7.5): 22 mm from the page edge to the footer's bottom, plus a 四号 line of ~6.5 mm.
 */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1247 } as const;

/**
 * One line in twips: 28.95 pt exact. The text area is 225 mm = 12756 twips, and 22 × 579 = 12738
 * fits while 23 lines do not, giving the 22 lines a page that GB/T 9704 5.2.2 asks for.
 */
export const LINE = 579;

/** A title line in twips: 22 pt glyphs overflow a 28.95 pt exact line (LibreOffice clips them), so 36 pt. */
export const TITLE_LINE = 720;

/** Font sizes in half-points: 二号 22 pt for the title, 三号 16 pt for text, 四号 14 pt for page numbers. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;

/** Characters a full line holds (GB/T 9704 5.2.2: 28 a line, 22 lines a page). */
const CHARS_PER_LINE = 28;

/** The text area's width in twips: 156 mm (8845 twips) between the margins. */
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/**
 * The 三号 body condensed by this many twips a character (w:spacing, −0.25 pt), so that 28 characters
 * fit the 156 mm line: 28 × 16 pt = 448 pt is more than the 442.25 pt there is, 28 × 15.75 pt = 441 pt
 * fits, and 29 × 15.75 pt does not. Word, WPS and LibreOffice all add w:spacing after every character,
 * so all three break lines at 28. A document grid (w:docGrid linesAndChars) would say the same to Word,
 * but LibreOffice gives every 16 pt character two cells of a grid narrower than 16 pt: 14 a line.
 */
export const BODY_CHAR_SPACING = Math.floor(TEXT_WIDTH / CHARS_PER_LINE) - SIZE.body * 10;

/** Two characters of 三号 text in twips (2 × 16 pt) — the first-line indent, for readers that ignore firstLineChars. */
export const INDENT_TWIPS = 640;

/** The faces official documents name; Word substitutes on machines without them, the preview maps them. */
export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  kai: "楷体_GB2312",
  hei: "黑体",
  song: "宋体",
} as const;
