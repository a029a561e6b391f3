import { sheetRowRef, sheetRows } from "../data/sheet-data.js";
import { isSheetPath, readSheet } from "../source/read-sheet.js";
import type { Template } from "../template/template.js";

/**
 * Replaces each data sheet among a batch's inputs by one reference per county row (`counties.xlsx#3 秦川`), so
 * every row is checked, rendered and reported as a data file is. A sheet that cannot be read stays as it is,
 * and fails as one item with its reason.
 */
export async function expandSheetRows(template: Template, files: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    if (!isSheetPath(file)) {
      out.push(file);
      continue;
    }
    const sheet = await readSheet(file);
    if (!sheet.ok) out.push(file);
    else out.push(...sheetRows(template, sheet.rows, file).map((row) => sheetRowRef(file, row)));
  }
  return out;
}
