import { reportDiagnostic, type Diagnostic, type Lang } from "../index.js";

/** Where a command's output goes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** Resolves when a long-running command (serve) should stop; default: Ctrl+C or SIGTERM. */
  waitForStop?: () => Promise<void>;
}

/** Exit codes of the design: 0 done/complete, 1 content not complete or invalid, 2 usage or I/O error. */
export const EXIT = { ok: 0, incomplete: 1, usage: 2 } as const;

/** Prints diagnostics to stderr, each with its excerpt when the source text is known. */
export function printDiagnostics(
  io: CliIO,
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  sources: Record<string, string> = {},
): void {
  for (const d of diagnostics) io.stderr(reportDiagnostic(d, lang, d.file ? sources[d.file] : undefined) + "\n");
}
