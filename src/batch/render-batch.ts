import { availableParallelism } from "node:os";
import { error } from "../diagnostics/diagnostic.js";
import type { Layout, OutputFormat } from "../render/output-format.js";
import type { Template } from "../template/template.js";
import { holdWrites } from "../render/write-output.js";
import type { BatchItem, BatchResult } from "./batch-result.js";
import { outputPathFor } from "./output-path.js";
import { prepareOne, type PrepareOptions } from "./prepare-one.js";
import { finishOne } from "./finish-one.js";
import { runPool } from "./run-pool.js";
import { startWorkerPool, workersAvailable } from "./worker-pool.js";

/** Options of a batch; the output folder must exist (see ensureOutDir). */
export interface BatchOptions {
  outDir: string;
  format?: OutputFormat;
  /** Render incomplete files too, open slots as 【待填：label】. */
  draft?: boolean;
  /** Replace existing documents. */
  force?: boolean;
  /** Text files with BOM and CRLF. */
  windows?: boolean;
  /** Word output: fill the template's own file (default when it has one) or lay out to GB/T 9704. */
  layout?: Layout;
  /** Word output filled in place: each fill as a tracked change. */
  trackChanges?: boolean;
  /** Worker threads that check and render (1: all on this thread); each loads the template again from template.dir. */
  jobs?: number;
  /** Files in flight at once. */
  concurrency?: number;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, item: BatchItem) => void;
}

/** Files in flight by default: enough to overlap reads, fsyncs and renames. */
export const DEFAULT_CONCURRENCY = 8;
/**
 * Below this many files, starting worker threads costs more than it saves: each must load the modules
 * and the template (about 0.3 s of CPU) before its first file, while a file takes a few milliseconds.
 */
export const WORKER_MIN_FILES = 128;

/**
 * Renders one document per data file with a template loaded once (once per worker thread). A file that
 * is incomplete, invalid, unreadable or whose document already exists is a failed item, never a stop.
 */
export async function renderBatch(
  template: Template,
  files: readonly string[],
  opts: BatchOptions,
): Promise<BatchResult> {
  const format = opts.format ?? "txt";
  const prep: PrepareOptions = {
    format,
    mode: opts.draft ? "draft" : "final",
    windows: opts.windows,
    layout: opts.layout,
    trackChanges: opts.trackChanges,
  };
  // More threads than cores only cost memory (each loads the modules and the template): at most one per core.
  const jobs = Math.max(1, Math.min(opts.jobs ?? 1, availableParallelism()));
  // This thread is one of the `jobs`: it takes every jobs-th file itself, workers the rest.
  const pool =
    jobs > 1 && files.length >= WORKER_MIN_FILES && workersAvailable()
      ? startWorkerPool(template, prep, jobs - 1)
      : undefined;
  const prepare = (data: string, i: number) =>
    pool && i % jobs !== 0 ? pool.prepare(data) : prepareOne(template, data, prep);
  const claimed = new Map<string, string>();
  let done = 0;
  // Writing stays "busy" between two files too, so a Ctrl-C that lands there still stops the batch cleanly.
  const release = holdWrites();
  try {
    const items = await runPool(files, Math.max(opts.concurrency ?? DEFAULT_CONCURRENCY, jobs * 4), async (data, i) => {
      const output = outputPathFor(data, opts.outDir, format);
      const first = claimed.get(output);
      let item: BatchItem;
      if (first) {
        // Two data files with one name (a/某县.yaml, b/某县.yaml) would write one document; the second must not replace the first.
        const diagnostic = error("batch-same-name", { file: data, params: { path: output, other: first } });
        item = { data, output, status: "exists", unfilled: 0, invalid: 0, unknown: 0, errors: 0, diagnostic };
      } else {
        claimed.set(output, data);
        item = await finishOne(data, output, await prepare(data, i), Boolean(opts.force));
      }
      opts.onProgress?.(++done, files.length, item);
      return item;
    });
    const rendered = items.filter((i) => i.status === "rendered").length;
    return { template: template.name, outDir: opts.outDir, format, items, rendered, failed: items.length - rendered };
  } finally {
    release();
    await pool?.close();
  }
}
