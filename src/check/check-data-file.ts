import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { loadData } from "../data/load-data.js";
import type { DataFile } from "../data/data-file.js";
import { MAX_DATA_BYTES } from "../source/limits.js";
import { readTextFile } from "../source/read-text-file.js";
import type { Template } from "../template/template.js";
import { checkData, type CheckResult } from "./check-data.js";


export type CheckFileOutcome = { ok: true; data: DataFile; result: CheckResult } | { ok: false; diagnostic: Diagnostic };

/** Reads a data file (any supported encoding) and checks it against a template. I/O problems are returned, not thrown. */
export async function checkDataFile(template: Template, path: string): Promise<CheckFileOutcome> {
  const read = await readTextFile(path, MAX_DATA_BYTES);
  if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
  const data = loadData(read.file.text, path);
  return { ok: true, data, result: checkData(template, data) };
}
