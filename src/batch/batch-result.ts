import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { OutputFormat } from "../render/output-format.js";

/** What became of one data file: rendered, or why not. */
export type BatchStatus = "rendered" | "refused" | "unreadable" | "exists" | "write-error";

/** One data file's line of a batch. */
export interface BatchItem {
  /** The data file, as named on the command line or found in a folder. */
  data: string;
  /** The document it was (or would have been) written to; absent when it was never rendered. */
  output?: string;
  status: BatchStatus;
  /** Fields still open, wrong, or not in the template (all 0 for an unreadable file). */
  unfilled: number;
  invalid: number;
  unknown: number;
  /** Problems with the file as a whole, such as broken YAML. */
  errors: number;
  /** The one problem that explains a failure: unreadable, output exists, write error, broken file. */
  diagnostic?: Diagnostic;
}

/** A whole batch, as data: the CLI prints it as a table or as JSON. */
export interface BatchResult {
  template: string;
  outDir: string;
  format: OutputFormat;
  items: BatchItem[];
  rendered: number;
  failed: number;
}
