import { failure, type Result } from "../diagnostics/result.js";
import { extname } from "node:path";
import { error } from "../diagnostics/diagnostic.js";
import { DEFAULT_MAX_BYTES, decodeBytes } from "../source/read-text-file.js";
import { readRegularFile } from "../source/read-regular-file.js";
import { readWordText } from "./read-docx-text.js";
import type { WordPackage } from "./word-package.js";
import type { WordText } from "./word-text.js";

/** A document read for scanning: its text, and for a Word file the package and where each line came from. */
export type ReadDocumentResult = Result<{ text: string; word?: { pkg: WordPackage; text: WordText } }>;

/** The text of any document xfill scans: a Word file's paragraphs, or a text file in any supported encoding. */
export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadDocumentResult> {
  const ext = extname(path).toLowerCase();
  // Old Word and WPS files are binary formats of their own; saving as .docx is one click away.
  if (ext === ".doc" || ext === ".wps" || ext === ".pdf")
    return failure(error("unsupported-format", { file: path, params: { ext } }));
  const read = await readRegularFile(path, { maxBytes });
  if (!read.ok) return failure(...read.diagnostics);
  if (ext !== ".docx") {
    const r = decodeBytes(read);
    return r.ok ? { ok: true, text: r.file.text, diagnostics: r.diagnostics } : failure(...r.diagnostics);
  }
  const word = readWordText(read.bytes, path);
  return word.ok
    ? { ok: true, diagnostics: [], text: word.text.text, word: { pkg: word.pkg, text: word.text } }
    : failure(...word.diagnostics);
}
