import { extname } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { readBytes, readTextFile, DEFAULT_MAX_BYTES } from "./read-text-file.js";
import { readDocxText } from "./read-docx-text.js";

export type ReadDocumentResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** The text of any document xfill scans: a Word file's paragraphs, or a text file in any supported encoding. */
export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadDocumentResult> {
  const ext = extname(path).toLowerCase();
  // Old Word and WPS files are binary formats of their own; saving as .docx is one click away.
  if (ext === ".doc" || ext === ".wps" || ext === ".pdf") return { ok: false, diagnostic: error("unsupported-format", { file: path, params: { path, ext } }) };
  if (ext !== ".docx") {
    const r = await readTextFile(path, maxBytes);
    return r.ok ? { ok: true, text: r.file.text } : r;
  }
  const bytes = await readBytes(path, maxBytes);
  if (!(bytes instanceof Uint8Array)) return { ok: false, diagnostic: bytes };
  try {
    return { ok: true, text: readDocxText(bytes) };
  } catch {
    return { ok: false, diagnostic: error("bad-docx", { file: path, params: { path } }) };
  }
}
