import type { CheckResult } from "../check/check-data.js";
import type { OutputFormat } from "../render/output-format.js";
import { renderDataFile } from "../render/render-data-file.js";
import type { RenderMode } from "../render/render-text.js";
import type { Template } from "../template/template.js";
import { writeOutput } from "../render/write-output.js";
import type { BatchItem } from "./batch-result.js";

/** How every file of a batch is rendered and written. */
export interface RenderOneOptions {
  format: OutputFormat;
  mode: Exclude<RenderMode, "blank">;
  force: boolean;
  windows?: boolean;
}

/** Checks, renders and writes one data file of a batch; every outcome is a BatchItem, nothing throws for bad input. */
export async function renderOne(template: Template, data: string, output: string, opts: RenderOneOptions): Promise<BatchItem> {
  const outcome = await renderDataFile(template, data, opts.mode, opts.format, { windows: opts.windows });
  if (outcome.status === "unreadable") return { data, status: "unreadable", unfilled: 0, invalid: 0, unknown: 0, errors: 0, diagnostic: outcome.diagnostic };
  const counts = countsOf(outcome.result);
  if (outcome.status === "refused") return { data, status: "refused", ...counts, diagnostic: outcome.result.errors[0] };
  const failed = await writeOutput(output, outcome.bytes, opts.force);
  if (failed) return { data, output, status: failed.code === "output-exists" ? "exists" : "write-error", ...counts, diagnostic: failed };
  return { data, output, status: "rendered", ...counts };
}

function countsOf(result: CheckResult | undefined) {
  return {
    unfilled: result?.unfilled.length ?? 0,
    invalid: result?.invalid.length ?? 0,
    unknown: result?.unknown.length ?? 0,
    errors: result?.errors.length ?? 0,
  };
}
