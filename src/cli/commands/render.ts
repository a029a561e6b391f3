import { checkDataFile } from "../../check/check-data-file.js";
import { checkToJson } from "../../check/check-json.js";
import { formatCheckText } from "../../check/format-check-text.js";
import { error } from "../../diagnostics/diagnostic.js";
import { message } from "../../diagnostics/format-message.js";
import type { Lang } from "../../diagnostics/lang.js";
import { encodeDocument } from "../../render/encode-document.js";
import { formatFor } from "../../render/output-format.js";
import { renderText, type RenderMode } from "../../render/render-text.js";
import { documentMeta } from "../../render/document-meta.js";
import { writeOutput } from "../../render/write-output.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";

/** Options of `xfill render`. */
export interface RenderOptions {
  output?: string;
  draft?: boolean;
  blank?: boolean;
  force?: boolean;
  format?: string;
  windows?: boolean;
}

/**
 * `xfill render TEMPLATE [DATA]`: the finished document. Refuses (exit 1, nothing written) while anything
 * is unfilled or invalid, unless --draft; --blank needs no data and prints the placeholders.
 */
export async function runRender(io: CliIO, lang: Lang, templateName: string, dataPath: string | undefined, opts: RenderOptions): Promise<number> {
  const format = formatFor(opts.output, opts.format);
  if (!format) {
    printDiagnostics(io, [error("bad-format", { params: { format: opts.format } })], lang);
    return EXIT.usage;
  }
  const template = await loadTemplateOrReport(io, templateName, lang);
  if (!template) return EXIT.usage;
  const mode: RenderMode = opts.blank ? "blank" : opts.draft ? "draft" : "final";
  let statuses: Parameters<typeof renderText>[1] = [];
  if (mode !== "blank") {
    if (!dataPath) {
      printDiagnostics(io, [error("data-required", { params: { template: templateName } })], lang);
      return EXIT.usage;
    }
    const outcome = await checkDataFile(template, dataPath);
    if (!outcome.ok) {
      printDiagnostics(io, [outcome.diagnostic], lang);
      return EXIT.usage;
    }
    const { result } = outcome;
    if (result.errors.length > 0 || (!result.complete && mode === "final")) {
      printDiagnostics(io, result.errors, lang, { [dataPath]: outcome.data.text });
      io.stderr(formatCheckText({ ...checkToJson(template, dataPath, result, lang), errors: [] }, lang, result.errors.length));
      io.stderr(message("refuse-render", lang) + "\n");
      return EXIT.incomplete;
    }
    statuses = result.fields;
  }
  const text = renderText(template, statuses, mode);
  const bytes = await encodeDocument(text, format, documentMeta(statuses, text), { windows: opts.windows });
  if (!opts.output) {
    io.stdout(typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("binary"));
    return EXIT.ok;
  }
  const failed = await writeOutput(opts.output, bytes, opts.force);
  if (failed) {
    printDiagnostics(io, [failed], lang);
    return EXIT.usage;
  }
  io.stderr(message("render-done", lang, { path: opts.output }) + "\n");
  return EXIT.ok;
}
