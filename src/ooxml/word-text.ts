import type { Paragraph, Place } from "./paragraphs.js";
import type { TextPart, WordPackage } from "./word-package.js";

/** One paragraph's line(s) in the text of a Word file. */
export interface TextLine {
  part: TextPart;
  paragraph: Paragraph;
  /** Offset of the paragraph's text in the whole text. */
  offset: number;
  /** For each character of the line, its offset in the paragraph's own text, when some were left out (U+2060). */
  rawOf?: number[];
}

/** The text of a Word file as xfill scans it, and where each paragraph of it came from. */
export interface WordText {
  text: string;
  lines: TextLine[];
  /** The table cell, header, footnote or paragraph an offset of the text is in. */
  placeAt(offset: number): Place | undefined;
  /** The paragraph and the offset within its own text (which still has every character) of an offset of the text. */
  locate(offset: number): { line: TextLine; local: number } | undefined;
  /** For an offset in a table cell below the first row: its column's header (row 1) and its row's (column 1). */
  cellHeadersAt(offset: number): { column?: string; row?: string } | undefined;
}

/**
 * The text of a Word file, one paragraph a line: the body with its tables and text boxes (read once, not
 * again from their fallback copies), then footnotes, endnotes, headers and footers. Empty paragraphs of
 * headers, footers and notes are left out; word joiners (U+2060) only steer line breaking and are dropped.
 */
export function wordText(pkg: WordPackage): WordText {
  const lines: TextLine[] = [];
  const pieces: string[] = [];
  let offset = 0;
  for (const part of pkg.textParts) {
    for (const paragraph of part.paragraphs) {
      if (paragraph.fallback || (part.story !== "body" && paragraph.text.trim() === "")) continue;
      let t = paragraph.text;
      const line: TextLine = { part, paragraph, offset };
      if (t.includes("\u2060")) {
        const rawOf: number[] = [];
        for (let i = 0; i < t.length; i++) if (t[i] !== "\u2060") rawOf.push(i);
        rawOf.push(t.length);
        line.rawOf = rawOf;
        t = t.replace(/\u2060/g, "");
      }
      if (lines.length > 0) {
        pieces.push("\n");
        offset++;
        line.offset = offset;
      }
      lines.push(line);
      pieces.push(t);
      offset += t.length;
    }
  }
  const text = pieces.join("");
  const cells = new Map<string, string>();
  const cellKey = (part: string, place: Place, row: number, column: number) =>
    `${part}|${place.textBox ?? ""}|${place.table}|${row}|${column}`;
  for (const { part, paragraph } of lines) {
    const pl = paragraph.place;
    if (pl.table === undefined) continue;
    const k = cellKey(part.name, pl, pl.row!, pl.column!);
    cells.set(k, (cells.get(k) ?? "") + paragraph.text.replace(/\u2060/g, "").trim());
  }
  const find = (at: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.offset <= at) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  };
  return {
    text,
    lines,
    placeAt: (at) => find(at)?.paragraph.place,
    locate: (at) => {
      const line = find(at);
      if (!line) return undefined;
      const rel = at - line.offset;
      return { line, local: line.rawOf ? (line.rawOf[rel] ?? rel) : rel };
    },
    cellHeadersAt: (at) => {
      const line = find(at);
      const pl = line?.paragraph.place;
      if (!line || pl?.table === undefined || pl.row! < 2) return undefined;
      const column = cells.get(cellKey(line.part.name, pl, 1, pl.column!)) || undefined;
      const row = pl.column! > 1 ? cells.get(cellKey(line.part.name, pl, pl.row!, 1)) || undefined : undefined;
      return column || row ? { column, row } : undefined;
    },
  };
}
