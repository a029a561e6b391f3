import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import {
  checkToJson,
  error,
  formatCheckText,
  formatFor,
  layoutOf,
  message,
  renderDataFile,
  writeOutput,
  type Lang,
  type RenderMode,
} from "../../index.js";

/** Options of `xfill render`. */
export interface RenderOptions {
  output?: string;
  draft?: boolean;
  blank?: boolean;
  force?: boolean;
  format?: string;
  windows?: boolean;
  layout?: string;
  trackChanges?: boolean;
}

/**
 * `xfill render TEMPLATE [DATA]`: the finished document. Refuses (exit 1, nothing written) while anything
 * is unfilled or invalid, unless --draft; --blank needs no data and prints the placeholders.
 */
export async function runRender(
  io: CliIO,
  lang: Lang,
  templateName: string,
  dataPath: string | undefined,
  opts: RenderOptions,
): Promise<number> {
  const choice = formatFor(opts.output, opts.format);
  const layout = layoutOf(opts.layout);
  if (layout === null) {
    printDiagnostics(io, [error("bad-layout", { params: { layout: opts.layout } })], lang);
    return EXIT.usage;
  }
  if (!choice.ok) {
    printDiagnostics(io, choice.diagnostics, lang);
    return EXIT.usage;
  }
  const format = choice.format;
  if (format === "docx" && !opts.output) {
    printDiagnostics(io, [error("docx-needs-output", {})], lang);
    return EXIT.usage;
  }
  const mode: RenderMode = opts.blank ? "blank" : opts.draft ? "draft" : "final";
  if (mode !== "blank" && !dataPath) {
    printDiagnostics(io, [error("data-required", { params: { template: templateName } })], lang);
    return EXIT.usage;
  }
  const template = await loadTemplateOrReport(io, templateName, lang);
  if (!template) return EXIT.usage;
  const outcome = await renderDataFile(template, mode === "blank" ? undefined : dataPath, mode, format, {
    windows: opts.windows,
    layout,
    trackChanges: opts.trackChanges,
  });
  if (!outcome.ok && !outcome.result) {
    printDiagnostics(io, outcome.diagnostics, lang);
    return EXIT.usage;
  }
  if (!outcome.ok) {
    const { data, result } = outcome as Required<typeof outcome>;
    printDiagnostics(io, [...result.errors, ...result.warnings], lang, { [data.path]: data.text });
    io.stderr(
      formatCheckText(
        { ...checkToJson(template, data.path, result, lang), errors: [] },
        lang,
        result.errors.length,
        data.text,
      ),
    );
    io.stderr(message("refuse-render", lang) + "\n");
    return EXIT.incomplete;
  }
  if (!opts.output) {
    io.stdout(typeof outcome.bytes === "string" ? outcome.bytes : outcome.text);
    return EXIT.ok;
  }
  const written = await writeOutput(opts.output, outcome.bytes, opts.force);
  if (!written.ok) {
    printDiagnostics(io, written.diagnostics, lang);
    return EXIT.usage;
  }
  io.stderr(message("render-done", lang, { path: opts.output }) + "\n");
  return EXIT.ok;
}
