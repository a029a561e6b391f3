import { mkdir } from "node:fs/promises";
import { error } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";

/** Creates the output folder (and its parents) if missing; a failure is one diagnostic, since no file could be written. */
export async function ensureOutDir(outDir: string): Promise<Result> {
  try {
    await mkdir(outDir, { recursive: true });
    return { ok: true, diagnostics: [] };
  } catch (e) {
    return failure(
      error("batch-out-dir", { file: outDir, params: { errno: (e as NodeJS.ErrnoException).code ?? "?" } }),
    );
  }
}
