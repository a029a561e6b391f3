import { basename, extname, join } from "node:path";
import { parseSheetRowRef } from "../data/sheet-data.js";
import type { OutputFormat } from "../render/output-format.js";

/** Where a data file's document goes: `某县.yaml` → `DIR/某县.docx`. */
export function outputPathFor(dataPath: string, outDir: string, format: OutputFormat): string {
  const ref = parseSheetRowRef(dataPath);
  // One row of a data sheet: `counties.xlsx#3 秦川` → `DIR/counties-秦川.docx` (the row number when the county is empty).
  if (ref)
    return outputPathFor(
      `${ref.path.replace(/\.[^.\/]*$/, "")}-${safeName(ref.name) || `第${ref.row}行`}.x`,
      outDir,
      format,
    );
  const name = basename(dataPath);
  const ext = extname(name);
  const stem = ext && ext !== name ? name.slice(0, -ext.length) : name;
  return join(outDir, `${stem}.${format}`);
}

/** A county name as part of a file name: no path separators or characters Windows refuses. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\x00-\x1f]/g, "_").trim();
}
