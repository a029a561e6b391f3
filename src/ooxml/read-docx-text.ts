import type { Result } from "../diagnostics/result.js";
import type { ZipLimits } from "../source/read-zip.js";
import { openWordPackage, type WordPackage } from "./word-package.js";
import { wordText, type WordText } from "./word-text.js";

export type DocxTextResult = Result<{ text: string }>;
export type WordTextResult = Result<{ text: WordText; pkg: WordPackage }>;

/**
 * The text of a Word file as xfill scans it: body paragraphs (tables and text boxes included, each text box
 * once), then footnotes, endnotes, headers and footers, one paragraph a line, tabs as `\t`, line breaks as
 * newlines. Bytes that are not a .docx, or that expand past the zip limits, come back as diagnostics naming `file`.
 */
export function readDocxText(bytes: Uint8Array, file = "", limits?: Partial<ZipLimits>): DocxTextResult {
  const r = readWordText(bytes, file, limits);
  return r.ok ? { ok: true, diagnostics: r.diagnostics, text: r.text.text } : { ok: false, diagnostics: r.diagnostics };
}

/** The text of a Word file with where each paragraph came from (see wordText), and the package itself. */
export function readWordText(bytes: Uint8Array, file = "", limits?: Partial<ZipLimits>): WordTextResult {
  const opened = openWordPackage(bytes, file, limits);
  return opened.ok
    ? { ok: true, diagnostics: opened.diagnostics, text: wordText(opened.pkg), pkg: opened.pkg }
    : { ok: false, diagnostics: opened.diagnostics };
}
