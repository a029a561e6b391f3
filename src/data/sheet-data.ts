import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Template } from "../template/template.js";
import type { DataEntry, DataFile, Place } from "./data-file.js";
import { DOCUMENT_KEYS } from "./document-info.js";

/** One county's row of a data sheet, as a data file check and render read like any other. */
export interface SheetRow {
  /** The sheet's row number (1-based, as Excel shows it). */
  row: number;
  /** The county's name from its row (the county-kind field), or "" when the template has none or it is empty. */
  name: string;
  data: DataFile;
}

/**
 * The data rows of a sheet: row 1 names each column by field key or Chinese label (a label may carry its unit,
 * 产值（亿元）); a second row of labels and examples, as `init --sheet` writes, is skipped; every later row with
 * anything in it is one county. A column no field has becomes an unknown key, reported by check at its header
 * cell; every value is placed at its cell (line = row, column = column). A sheet with no county row yet gives
 * one empty row, so check lists every field as unfilled.
 */
export function sheetRows(template: Template, rows: readonly (readonly string[])[], path: string): SheetRow[] {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const keys = header.map((h) => keyForHeader(template, h));
  const headerNotes: Diagnostic[] = [];
  const seen = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!k) return;
    if (seen.has(k))
      headerNotes.push(error("duplicate-key", { file: path, line: 1, column: i + 1, length: 1, key: k, label: k }));
    else seen.set(k, i);
  });
  let first = 1;
  if (rows[1] && isHelpRow(template, keys, rows[1])) first = 2;
  const county = template.fields.find((f) => f.kind === "county")?.key;
  const out: SheetRow[] = [];
  for (let r = first; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === "")) continue;
    out.push(toRow(r + 1, cells));
  }
  if (out.length === 0) out.push(toRow(first + 1, []));
  return out;

  function toRow(row: number, cells: readonly string[]): SheetRow {
    const entries = new Map<string, DataEntry>();
    keys.forEach((key, i) => {
      if (!key || seen.get(key) !== i) return;
      const keyPlace: Place = { line: 1, column: i + 1, length: 1 };
      entries.set(key, {
        key,
        type: "scalar",
        source: (cells[i] ?? "").trim(),
        keyPlace,
        valuePlace: { line: row, column: i + 1, length: 1 },
      });
    });
    const name = county ? (entries.get(county)?.source ?? "") : "";
    return {
      row,
      name,
      data: { path, text: "", entries, sections: new Map(), broken: false, diagnostics: [...headerNotes] },
    };
  }
}

/** The field key a header names: the key itself, the label, or the label followed by its unit in brackets. */
export function keyForHeader(template: Template, header: string): string {
  if (header === "") return "";
  if (template.byKey.has(header) || (DOCUMENT_KEYS as readonly string[]).includes(header)) return header;
  const bare = header.replace(/\s*[（(][^）)]*[）)]\s*$/, "");
  const byLabel = template.fields.find((f) => f.label === header) ?? template.fields.find((f) => f.label === bare);
  return byLabel?.key ?? header;
}

/** Whether a row holds labels and examples rather than a county: most known columns start with their field's label. */
function isHelpRow(template: Template, keys: readonly string[], cells: readonly string[]): boolean {
  let known = 0;
  let labelled = 0;
  keys.forEach((k, i) => {
    const f = template.byKey.get(k);
    if (!f) return;
    known++;
    if ((cells[i] ?? "").trim().startsWith(f.label)) labelled++;
  });
  return known > 0 && labelled * 2 > known;
}

/** A batch's name for one row of a sheet: `counties.xlsx#3 秦川` (the path, the row, the county). */
export function sheetRowRef(path: string, row: SheetRow): string {
  return `${path}#${row.row}${row.name ? ` ${row.name}` : ""}`;
}

/** The sheet path, row number and county name of a row reference, or undefined for a plain path. */
export function parseSheetRowRef(ref: string): { path: string; row: number; name: string } | undefined {
  const m = /^(.*\.(?:csv|xlsx))#(\d+)(?: (.*))?$/is.exec(ref);
  return m ? { path: m[1]!, row: Number(m[2]), name: m[3] ?? "" } : undefined;
}
