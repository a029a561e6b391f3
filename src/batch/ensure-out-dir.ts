import { mkdir } from "node:fs/promises";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";

/** Creates the output folder (and its parents) if missing; a failure is one diagnostic, since no file could be written. */
export async function ensureOutDir(outDir: string): Promise<Diagnostic | undefined> {
  try {
    await mkdir(outDir, { recursive: true });
    return undefined;
  } catch (e) {
    return error("batch-out-dir", { file: outDir, params: { errno: (e as NodeJS.ErrnoException).code ?? "?" } });
  }
}
