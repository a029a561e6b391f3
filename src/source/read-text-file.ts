import { failure, type Result } from "../diagnostics/result.js";
import { error } from "../diagnostics/diagnostic.js";
import { decodeText, type Encoding } from "./decode-text.js";
import { readRegularFile, type BytesResult } from "./read-regular-file.js";

/** A text file as read: its text (BOM removed) and how it was encoded. */
export interface TextFile {
  path: string;
  text: string;
  encoding: Encoding;
}

export type ReadResult = Result<{ file: TextFile }>;

/** Largest document xfill reads (a speech is tens of KiB; a corpus for scan may be larger). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads and decodes a text file; every failure comes back as a diagnostic naming the path. With `within`,
 * `path` is relative to that folder and may not leave it (see readRegularFile).
 */
export async function readTextFile(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
  within?: string,
  singleLink = false,
): Promise<ReadResult> {
  const read = await readRegularFile(path, { maxBytes, within, singleLink });
  if (!read.ok) return read;
  return decodeBytes(read);
}

/** Decodes bytes already read, reporting a binary or undecodable file against its path. */
export function decodeBytes(read: BytesResult & { ok: true }): ReadResult {
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    const code = decoded.reason === "binary" ? "binary-file" : "bad-encoding";
    return failure(error(code, { file: read.path }));
  }
  return { ok: true, file: { path: read.path, text: decoded.text, encoding: decoded.encoding }, diagnostics: [] };
}
