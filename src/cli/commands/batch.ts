import { availableParallelism } from "node:os";
import { expandDataInputs } from "../expand-inputs.js";
import { formatBatchTable } from "../format-batch-table.js";
import { progressLine } from "../progress-bar.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import {
  batchToJson,
  checkDataFile,
  ensureOutDir,
  error,
  expandSheetRows,
  formatFor,
  layoutOf,
  parseSheetRowRef,
  renderBatch,
  warning,
  type BatchItem,
  type Diagnostic,
  type Lang,
  type Template,
} from "../../index.js";

/** Options of `xfill batch`. */
export interface BatchCliOptions {
  output?: string;
  format?: string;
  draft?: boolean;
  force?: boolean;
  json?: boolean;
  jobs?: string;
  windows?: boolean;
  layout?: string;
  trackChanges?: boolean;
}

/**
 * `xfill batch TEMPLATE DATA… -o DIR`: one document per data file, a progress bar on a terminal, then the
 * outcome table (or JSON). Exit 0 when every file was rendered, 1 when some were not, 2 when none could be.
 */
export async function runBatch(
  io: CliIO,
  lang: Lang,
  templateName: string,
  dataArgs: string[],
  opts: BatchCliOptions,
): Promise<number> {
  // Checked here rather than by commander, so the message comes in the user's language.
  if (!opts.output) return usage(io, lang, error("batch-needs-output", {}));
  const outDir = opts.output;
  const choice = formatFor(undefined, opts.format);
  if (!choice.ok) return usage(io, lang, choice.diagnostics[0]!);
  const format = choice.format;
  const layout = layoutOf(opts.layout);
  if (layout === null) return usage(io, lang, error("bad-layout", { params: { layout: opts.layout } }));
  const cores = availableParallelism();
  const asked = opts.jobs === undefined ? cores : Number(opts.jobs);
  if (!Number.isInteger(asked) || asked < 1)
    return usage(io, lang, error("batch-bad-jobs", { params: { found: opts.jobs } }));
  // Each worker holds its own copy of the modules and the template: more workers than cores only costs memory.
  const jobs = Math.min(asked, cores);
  if (asked > cores) printDiagnostics(io, [warning("batch-too-many-jobs", { params: { found: asked, cores } })], lang);
  const template = await loadTemplateOrReport(io, templateName, lang);
  if (!template) return EXIT.usage;
  const expanded = await expandDataInputs(dataArgs, io.cwd);
  const { unmatched } = expanded;
  const files = await expandSheetRows(template, expanded.files);
  printDiagnostics(
    io,
    unmatched.map((arg) => warning("batch-no-match", { params: { pattern: arg } })),
    lang,
  );
  if (files.length === 0) return usage(io, lang, error("batch-no-data", {}));
  const made = await ensureOutDir(outDir);
  if (!made.ok) return usage(io, lang, made.diagnostics[0]!);

  const progress = io.isTTY ? progressWriter(io) : undefined;
  const result = await renderBatch(template, files, {
    outDir,
    format,
    draft: opts.draft,
    force: opts.force,
    windows: opts.windows,
    layout,
    trackChanges: opts.trackChanges,
    jobs,
    onProgress: progress,
  });
  if (progress) io.stderr("\r\x1b[2K");
  const json = batchToJson(result, lang);
  io.stdout(opts.json ? JSON.stringify(json, null, 2) + "\n" : formatBatchTable(json, lang));
  if (!opts.json) await explainSheetRows(io, lang, template, result.items);
  return result.failed === 0 ? EXIT.ok : EXIT.incomplete;
}

/** For each sheet row not rendered, what is wrong and in which cell (第3行 D列): a sheet has no lines to open. */
async function explainSheetRows(io: CliIO, lang: Lang, template: Template, items: readonly BatchItem[]): Promise<void> {
  for (const item of items) {
    if (item.status === "rendered" || !parseSheetRowRef(item.data)) continue;
    const outcome = await checkDataFile(template, item.data);
    if (!outcome.ok) continue;
    const { invalid, unfilled, unknown } = outcome.result;
    printDiagnostics(io, [...invalid, ...unknown, ...unfilled].slice(0, 20), lang);
  }
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
