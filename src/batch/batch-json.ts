import { formatMessage, message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { reportDiagnostic } from "../diagnostics/report-text.js";
import type { BatchItem, BatchResult } from "./batch-result.js";

/** One file in `batch --json`: the item's counts, its problem as a sentence instead of a diagnostic. */
export type BatchJsonItem = Pick<BatchItem, "data" | "output" | "status" | "unfilled" | "invalid" | "unknown"> & {
  message?: string;
};

/** The `batch --json` document: the same facts as the table. */
export interface BatchJson {
  template: string;
  outDir: string;
  format: string;
  results: BatchJsonItem[];
  rendered: number;
  failed: number;
}

/** Builds the JSON form of a batch, messages in the given language. */
export function batchToJson(result: BatchResult, lang: Lang): BatchJson {
  const results = result.items.map((i): BatchJsonItem => {
    const text = i.diagnostic
      ? withPlace(i.diagnostic, i.data, lang)
      : i.status === "refused"
        ? message("batch-refused", lang)
        : undefined;
    return {
      data: i.data,
      ...(i.output !== undefined ? { output: i.output } : {}),
      status: i.status,
      unfilled: i.unfilled,
      invalid: i.invalid,
      unknown: i.unknown,
      ...(text !== undefined ? { message: text } : {}),
    };
  });
  return {
    template: result.template,
    outDir: result.outDir,
    format: result.format,
    results,
    rendered: result.rendered,
    failed: result.failed,
  };
}

/** The message, preceded by its place unless that is the data file the row already names. */
function withPlace(d: Diagnostic, data: string, lang: Lang): string {
  return d.file === data && !d.line ? formatMessage(d, lang) : reportDiagnostic(d, lang);
}
