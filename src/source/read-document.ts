import { extname } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { DEFAULT_MAX_BYTES, decodeBytes } from "./read-text-file.js";
import { readDocxText } from "./read-docx-text.js";
import { readRegularFile } from "./read-regular-file.js";

export type ReadDocumentResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** The text of any document xfill scans: a Word file's paragraphs, or a text file in any supported encoding. */
export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadDocumentResult> {
  const ext = extname(path).toLowerCase();
  // Old Word and WPS files are binary formats of their own; saving as .docx is one click away.
  if (ext === ".doc" || ext === ".wps" || ext === ".pdf") return { ok: false, diagnostic: error("unsupported-format", { file: path, params: { ext } }) };
  const read = await readRegularFile(path, { maxBytes });
  if (!read.ok) return read;
  if (ext !== ".docx") {
    const r = decodeBytes(read);
    return r.ok ? { ok: true, text: r.file.text } : r;
  }
  return readDocxText(read.bytes, path);
}
