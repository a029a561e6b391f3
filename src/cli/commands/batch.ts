import { availableParallelism } from "node:os";
import { batchToJson } from "../../batch/batch-json.js";
import { ensureOutDir } from "../../batch/ensure-out-dir.js";
import { expandDataInputs } from "../../batch/expand-inputs.js";
import { formatBatchTable } from "../../batch/format-batch-table.js";
import { progressLine } from "../../batch/progress-bar.js";
import { renderBatch } from "../../batch/render-batch.js";
import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Lang } from "../../diagnostics/lang.js";
import { formatFor } from "../../render/output-format.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";

/** Options of `xfill batch`. */
export interface BatchCliOptions {
  output?: string;
  format?: string;
  draft?: boolean;
  force?: boolean;
  json?: boolean;
  jobs?: string;
  windows?: boolean;
}

/**
 * `xfill batch TEMPLATE DATA… -o DIR`: one document per data file, a progress bar on a terminal, then the
 * outcome table (or JSON). Exit 0 when every file was rendered, 1 when some were not, 2 when none could be.
 */
export async function runBatch(io: CliIO, lang: Lang, templateName: string, dataArgs: string[], opts: BatchCliOptions): Promise<number> {
  // Checked here rather than by commander, so the message comes in the user's language.
  if (!opts.output) return usage(io, lang, error("batch-needs-output", {}));
  const outDir = opts.output;
  const format = formatFor(undefined, opts.format);
  if (!format) return usage(io, lang, error("bad-format", { params: { format: opts.format } }));
  const jobs = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage(io, lang, error("batch-bad-jobs", { params: { found: opts.jobs } }));
  const template = await loadTemplateOrReport(io, templateName, lang);
  if (!template) return EXIT.usage;
  const { files, unmatched } = await expandDataInputs(dataArgs, io.cwd);
  printDiagnostics(io, unmatched.map((arg) => warning("batch-no-match", { params: { pattern: arg } })), lang);
  if (files.length === 0) return usage(io, lang, error("batch-no-data", {}));
  const dirProblem = await ensureOutDir(outDir);
  if (dirProblem) return usage(io, lang, dirProblem);

  const progress = io.isTTY ? progressWriter(io) : undefined;
  const result = await renderBatch(template, files, { outDir, format, draft: opts.draft, force: opts.force, windows: opts.windows, jobs, onProgress: progress });
  if (progress) io.stderr("\r\x1b[2K");
  const json = batchToJson(result, lang);
  io.stdout(opts.json ? JSON.stringify(json, null, 2) + "\n" : formatBatchTable(json, lang));
  return result.failed === 0 ? EXIT.ok : EXIT.incomplete;
}

function usage(io: CliIO, lang: Lang, d: Diagnostic): number {
  printDiagnostics(io, [d], lang);
  return EXIT.usage;
}

/** Redraws the progress line on stderr, at most every 100 ms so thousands of files don't flood the terminal. */
function progressWriter(io: CliIO) {
  let last = 0;
  return (done: number, total: number, item: { data: string }) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    io.stderr("\r" + progressLine(done, total, item.data));
  };
}
