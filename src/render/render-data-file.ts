import { checkDataFile } from "../check/check-data-file.js";
import type { CheckResult, FieldStatus } from "../check/check-data.js";
import type { DataFile } from "../data/data-file.js";
import { failure, type Result } from "../diagnostics/result.js";
import type { Template } from "../template/template.js";
import { documentMeta } from "./document-meta.js";
import { encodeDocument, type EncodeOptions } from "./encode-document.js";
import type { OutputFormat } from "./output-format.js";
import { renderText, type RenderMode } from "./render-text.js";

/** What rendering one data file came to. */
export type RenderOutcome = Result<{
  /** The document's bytes (text for txt/md/html), and its text. */
  bytes: string | Uint8Array;
  text: string;
}> & {
  /** The data file and its check, when it could be read: a result with these but not ok was refused
   *  (something is unfilled or invalid and the mode is final, or the file itself is broken). */
  data?: DataFile;
  result?: CheckResult;
};

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
    const encoded = await encode(template, [], "blank", text, format, opts);
    return encoded.ok ? { ok: true, diagnostics: [], text, bytes: encoded.bytes } : failure(...encoded.diagnostics);
  }
  const outcome = await checkDataFile(template, dataPath);
  if (!outcome.ok) return failure(...outcome.diagnostics);
  const { data, result } = outcome;
  const problems = [...result.errors, ...result.invalid, ...result.unfilled, ...result.unknown];
  if (result.errors.length > 0 || (!result.complete && mode === "final"))
    return { ok: false, data, result, diagnostics: problems };
  const text = renderText(template, result.fields, mode);
  const encoded = await encode(template, result.fields, mode, text, format, opts, data);
  return encoded.ok
    ? { ok: true, text, bytes: encoded.bytes, data, result, diagnostics: problems }
    : failure(...encoded.diagnostics);
}

/** Word output fills the template's own Word file when it has one (unless --layout gbt9704); else the text is laid out. */
async function encode(
  template: Template,
  fields: readonly FieldStatus[],
  mode: RenderMode,
  text: string,
  format: OutputFormat,
  opts: EncodeOptions,
  data?: DataFile,
): Promise<Result<{ bytes: string | Uint8Array }>> {
  const word = template.word;
  if (format === "docx" && word && opts.layout !== "gbt9704") {
    return (await import("./fill-word-original.js")).fillWordOriginal(template, word, fields, mode, {
      trackChanges: opts.trackChanges,
    });
  }
  return {
    ok: true,
    diagnostics: [],
    bytes: await encodeDocument(text, format, documentMeta(template, fields, text, data), opts),
  };
}
