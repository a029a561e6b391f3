import { basename, extname, join } from "node:path";
import type { OutputFormat } from "../render/output-format.js";

/** Where a data file's document goes: `某县.yaml` → `DIR/某县.docx`. */
export function outputPathFor(dataPath: string, outDir: string, format: OutputFormat): string {
  const name = basename(dataPath);
  const ext = extname(name);
  const stem = ext && ext !== name ? name.slice(0, -ext.length) : name;
  return join(outDir, `${stem}.${format}`);
}
