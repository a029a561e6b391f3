import { readFile, stat } from "node:fs/promises";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { decodeText, type Encoding } from "./decode-text.js";

/** A text file as read: its text (BOM removed) and how it was encoded. */
export interface TextFile {
  path: string;
  text: string;
  encoding: Encoding;
}

export type ReadResult = { ok: true; file: TextFile } | { ok: false; diagnostic: Diagnostic };

/** Largest file xfill reads (a speech is tens of KiB; a corpus for scan may be larger). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** Reads and decodes a text file; every failure comes back as a diagnostic naming the path. */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const bytes = await readBytes(path, maxBytes);
  if (!(bytes instanceof Uint8Array)) return { ok: false, diagnostic: bytes };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { ok: false, diagnostic: error(decoded.reason === "binary" ? "binary-file" : "bad-encoding", { file: path, params: { path } }) };
  }
  return { ok: true, file: { path, text: decoded.text, encoding: decoded.encoding } };
}

/** Reads a file's bytes, turning missing paths, folders and oversized files into diagnostics. */
export async function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array | Diagnostic> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return error("is-directory", { file: path, params: { path } });
    if (info.size > maxBytes) return error("file-too-large", { file: path, params: { path, size: info.size, max: maxBytes } });
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return error("file-not-found", { file: path, params: { path } });
    if (code === "EISDIR") return error("is-directory", { file: path, params: { path } });
    return error("read-error", { file: path, params: { path, detail: (e as Error).message } });
  }
}
