import { extname } from "node:path";
import { error } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";

/** The formats render can write. */
export const FORMATS = ["txt", "md", "html", "docx"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** The Word layouts: the template's own file filled in place, or xfill's GB/T 9704 layout. */
export const LAYOUTS = ["original", "gbt9704"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A --layout value checked: undefined when not given, null when unknown. */
export function layoutOf(value: string | undefined): Layout | undefined | null {
  if (value === undefined) return undefined;
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, "");
  return v === "original" ? "original" : v === "gbt9704" ? "gbt9704" : null;
}

const ALIAS: Record<string, OutputFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  docx: "docx",
};

/**
 * The format for an output path and --format: they must agree, so `-o 讲话.pdf` (plain text in a .pdf) and
 * `-o 讲话.docx --format txt` are refused; a name without extension takes --format, or plain text.
 */
export function formatFor(path: string | undefined, explicit: string | undefined): Result<{ format: OutputFormat }> {
  const fromFlag = explicit === undefined ? undefined : ALIAS[explicit.toLowerCase()];
  if (explicit !== undefined && !fromFlag) return failure(error("bad-format", { params: { format: explicit } }));
  const ext = path ? extname(path).slice(1) : "";
  if (!ext) return { ok: true, format: fromFlag ?? "txt", diagnostics: [] };
  const fromName = ALIAS[ext.toLowerCase()];
  if (!fromName) return failure(error("output-ext-unknown", { file: path, params: { ext: `.${ext}` } }));
  if (fromFlag && fromFlag !== fromName) {
    return failure(error("format-mismatch", { file: path, params: { format: explicit, ext: `.${ext}` } }));
  }
  return { ok: true, format: fromName, diagnostics: [] };
}
