import type { CheckResult } from "../check/check-data.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Layout, OutputFormat } from "../render/output-format.js";
import { renderDataFile } from "../render/render-data-file.js";
import type { RenderMode } from "../render/render-text.js";
import type { Template } from "../template/template.js";

/** How every file of a batch is rendered. */
export interface PrepareOptions {
  format: OutputFormat;
  mode: Exclude<RenderMode, "blank">;
  windows?: boolean;
  layout?: Layout;
  trackChanges?: boolean;
}

/** Field counts of one data file's check. */
export interface FieldCounts {
  unfilled: number;
  invalid: number;
  unknown: number;
  errors: number;
}

/** One data file checked and rendered, not yet written: plain data, so a worker thread can send it back. */
export type Prepared =
  | ({ status: "rendered"; bytes: string | Uint8Array } & FieldCounts)
  | ({ status: "refused" | "unreadable"; diagnostic?: Diagnostic } & FieldCounts);

/** Checks and renders one data file — the CPU-heavy half of a batch item, the same in a worker or not. */
export async function prepareOne(template: Template, data: string, opts: PrepareOptions): Promise<Prepared> {
  const outcome = await renderDataFile(template, data, opts.mode, opts.format, {
    windows: opts.windows,
    layout: opts.layout,
    trackChanges: opts.trackChanges,
  });
  if (!outcome.ok && !outcome.result)
    return { status: "unreadable", unfilled: 0, invalid: 0, unknown: 0, errors: 0, diagnostic: outcome.diagnostics[0] };
  const counts = countsOf(outcome.result);
  if (!outcome.ok) return { status: "refused", ...counts, diagnostic: outcome.result?.errors[0] };
  return { status: "rendered", bytes: outcome.bytes, ...counts };
}

function countsOf(result: CheckResult | undefined): FieldCounts {
  return {
    unfilled: result?.unfilled.length ?? 0,
    invalid: result?.invalid.length ?? 0,
    unknown: result?.unknown.length ?? 0,
    errors: result?.errors.length ?? 0,
  };
}
