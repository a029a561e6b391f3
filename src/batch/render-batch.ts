import { error } from "../diagnostics/diagnostic.js";
import type { OutputFormat } from "../render/output-format.js";
import type { Template } from "../template/template.js";
import type { BatchItem, BatchResult } from "./batch-result.js";
import { outputPathFor } from "./output-path.js";
import { renderOne } from "./render-one.js";
import { runPool } from "./run-pool.js";

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
  /** Files in flight at once. */
  concurrency?: number;
  /** Threads to use for the CPU-heavy part (see README: measured before use). */
  jobs?: number;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, item: BatchItem) => void;
}

/** Files in flight by default: enough to overlap reads, fsyncs and renames; measured flat beyond this. */
export const DEFAULT_CONCURRENCY = 8;

/**
 * Renders one document per data file with a template loaded once. A file that is incomplete, invalid,
 * unreadable or whose document already exists is a failed item, never a stop; the library never prints.
 */
export async function renderBatch(template: Template, files: readonly string[], opts: BatchOptions): Promise<BatchResult> {
  const format = opts.format ?? "txt";
  const one = { format, mode: opts.draft ? ("draft" as const) : ("final" as const), force: Boolean(opts.force), windows: opts.windows };
  const claimed = new Map<string, string>();
  let done = 0;
  const items = await runPool(files, opts.concurrency ?? DEFAULT_CONCURRENCY, async (data) => {
    const output = outputPathFor(data, opts.outDir, format);
    const first = claimed.get(output);
    let item: BatchItem;
    if (first) {
      // Two data files with one name (a/某县.yaml, b/某县.yaml) would write one document; the second must not replace the first.
      const diagnostic = error("batch-same-name", { file: data, params: { path: output, other: first } });
      item = { data, output, status: "exists", unfilled: 0, invalid: 0, unknown: 0, errors: 0, diagnostic };
    } else {
      claimed.set(output, data);
      item = await renderOne(template, data, output, one);
    }
    opts.onProgress?.(++done, files.length, item);
    return item;
  });
  const rendered = items.filter((i) => i.status === "rendered").length;
  return { template: template.name, outDir: opts.outDir, format, items, rendered, failed: items.length - rendered };
}
