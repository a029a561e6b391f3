// Imports a TypeScript module of src/ from a plain Node script: esbuild bundles it (with its
// dependencies) into a temporary file, so scripts run against the sources without a build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/** The project's root folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Bundles and imports `entry` (a path relative to the project root), returning its exports. */
export async function loadSource(entry) {
  const dir = mkdtempSync(join(tmpdir(), "xfill-src-"));
  try {
    const outfile = join(dir, "module.mjs");
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      logLevel: "error",
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
