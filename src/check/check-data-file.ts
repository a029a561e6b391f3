import { error } from "../diagnostics/diagnostic.js";
import { parseSheetRowRef, sheetRows } from "../data/sheet-data.js";
import { isSheetPath, readSheet } from "../source/read-sheet.js";
import { failure, type Result } from "../diagnostics/result.js";
import { loadData } from "../data/load-data.js";
import type { DataFile } from "../data/data-file.js";
import { MAX_DATA_BYTES } from "../source/limits.js";
import { readTextFile } from "../source/read-text-file.js";
import type { Template } from "../template/template.js";
import { checkData, type CheckResult } from "./check-data.js";

/** A data file read and checked: the file and the check (its problems are the check's), or why it could not be read. */
export type CheckFileOutcome = Result<{ data: DataFile; result: CheckResult }>;

/**
 * Reads a data file (any supported encoding) and checks it against a template. I/O problems are returned, not
 * thrown. A data sheet (.csv, .xlsx) is read as its one county row, or as the row a reference names
 * (`counties.xlsx#3`, as batch passes each row).
 */
export async function checkDataFile(template: Template, path: string): Promise<CheckFileOutcome> {
  const ref = parseSheetRowRef(path);
  if (ref || isSheetPath(path)) {
    const sheetPath = ref?.path ?? path;
    const sheet = await readSheet(sheetPath);
    if (!sheet.ok) return failure(...sheet.diagnostics);
    const rows = sheetRows(template, sheet.rows, sheetPath);
    const row = ref ? rows.find((r) => r.row === ref.row) : rows.length === 1 ? rows[0] : undefined;
    if (!row) {
      const params = {
        path: sheetPath,
        row: ref?.row,
        rows: rows.length,
        example: `${sheetPath}#${rows[0]?.row ?? 3}`,
      };
      return failure(error(ref ? "sheet-no-row" : "sheet-many-rows", { file: sheetPath, params }));
    }
    return { ok: true, data: row.data, result: checkData(template, row.data), diagnostics: [] };
  }
  const read = await readTextFile(path, MAX_DATA_BYTES);
  if (!read.ok) return failure(...read.diagnostics);
  const data = loadData(read.file.text, path);
  return { ok: true, data, result: checkData(template, data), diagnostics: [] };
}
