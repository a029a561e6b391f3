import { checkDataFile } from "../check/check-data-file.js";
import type { CheckResult, FieldStatus } from "../check/check-data.js";
import type { DataFile } from "../data/data-file.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Template } from "../template/template.js";
import { documentMeta } from "./document-meta.js";
import { encodeDocument, type EncodeOptions } from "./encode-document.js";
import type { OutputFormat } from "./output-format.js";
import { renderText, type RenderMode } from "./render-text.js";

/** What rendering one data file came to. */
export type RenderOutcome =
  /** The document's bytes (text for txt/md/html). */
  | { status: "rendered"; bytes: string | Uint8Array; text: string; data?: DataFile; result?: CheckResult }
  /** Not rendered: something is unfilled or invalid (and not --draft), or the file itself is broken. */
  | { status: "refused"; data: DataFile; result: CheckResult }
  /** The data file could not be read. */
  | { status: "unreadable"; diagnostic: Diagnostic };

/**
 * Checks a data file and renders it in one step — the rule both `render` and `batch` follow: nothing is
 * rendered while a field is unfilled or invalid unless mode is draft, and never from a broken file.
 */
export async function renderDataFile(
  template: Template,
  dataPath: string | undefined,
  mode: RenderMode,
  format: OutputFormat,
  opts: EncodeOptions = {},
): Promise<RenderOutcome> {
  if (mode === "blank" || dataPath === undefined) {
    const text = renderText(template, [], "blank");
    const bytes = await encode(template, [], "blank", text, format, opts);
    return isDiagnostic(bytes) ? { status: "unreadable", diagnostic: bytes } : { status: "rendered", text, bytes };
  }
  const outcome = await checkDataFile(template, dataPath);
  if (!outcome.ok) return { status: "unreadable", diagnostic: outcome.diagnostic };
  const { data, result } = outcome;
  if (result.errors.length > 0 || (!result.complete && mode === "final")) return { status: "refused", data, result };
  const text = renderText(template, result.fields, mode);
  const bytes = await encode(template, result.fields, mode, text, format, opts, data);
  return isDiagnostic(bytes) ? { status: "unreadable", diagnostic: bytes } : { status: "rendered", text, bytes, data, result };
}

function isDiagnostic(x: string | Uint8Array | Diagnostic): x is Diagnostic {
  return typeof x === "object" && !(x instanceof Uint8Array);
}

/** Word output fills the template's own Word file when it has one (unless --layout gbt9704); else the text is laid out. */
async function encode(template: Template, fields: readonly FieldStatus[], mode: RenderMode, text: string, format: OutputFormat, opts: EncodeOptions, data?: DataFile) {
  if (format === "docx" && template.wordFile && opts.layout !== "gbt9704") {
    return (await import("./fill-word-original.js")).fillWordOriginal(template, fields, mode, { trackChanges: opts.trackChanges });
  }
  return encodeDocument(text, format, documentMeta(template, fields, text, data), opts);
}
