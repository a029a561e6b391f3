import type { Result } from "../diagnostics/result.js";
import { MAX_DATA_BYTES } from "../source/limits.js";
import { readTextFile } from "../source/read-text-file.js";
import type { DataFile } from "./data-file.js";
import { loadData } from "./load-data.js";

/**
 * Reads and loads a data file that is about to be rewritten (init --from, sync, extract): unlike check, a file
 * whose YAML is broken is refused here — its problems are returned, with the text for excerpts when it was read.
 */
export async function readDataFile(path: string): Promise<Result<{ data: DataFile; text: string }>> {
  const read = await readTextFile(path, MAX_DATA_BYTES);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  const data = loadData(read.file.text, path);
  if (data.broken) return { ok: false, diagnostics: data.diagnostics, text: read.file.text };
  return { ok: true, data, text: read.file.text, diagnostics: [] };
}
