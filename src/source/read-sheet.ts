import { extname } from "node:path";
import { failure, type Result } from "../diagnostics/result.js";
import { MAX_SHEET_BYTES } from "./limits.js";
import { parseCsv } from "./parse-csv.js";
import { readRegularFile } from "./read-regular-file.js";
import { decodeBytes } from "./read-text-file.js";

/** Whether a path names a data sheet (.csv or .xlsx) rather than a YAML data file. */
export function isSheetPath(path: string): boolean {
  return /^\.(csv|xlsx)$/i.test(extname(path));
}

/** A sheet's cells as text: rows[i][j] is the cell in row i+1, column j+1 ("" when empty). */
export type SheetResult = Result<{ rows: string[][] }>;

/**
 * Reads a .csv (UTF-8 with or without BOM, UTF-16, or GBK/GB18030 as Excel saves "CSV" on Chinese Windows) or
 * the first worksheet of an .xlsx; sizes bounded like every other input.
 */
export async function readSheet(path: string): Promise<SheetResult> {
  const read = await readRegularFile(path, { maxBytes: MAX_SHEET_BYTES });
  if (!read.ok) return failure(...read.diagnostics);
  // The zip and XML code loads only for a workbook: reading YAML or CSV data needs none of it.
  if (extname(path).toLowerCase() === ".xlsx") return (await import("./read-xlsx.js")).readXlsx(read.bytes, path);
  const decoded = decodeBytes(read);
  if (!decoded.ok) return failure(...decoded.diagnostics);
  return { ok: true, diagnostics: decoded.diagnostics, rows: parseCsv(decoded.file.text) };
}
