// Bundles the CLI into dist/bin/ with esbuild: one small entry file plus lazily loaded chunks, so that
// `xfill --version` loads almost nothing and `xfill check` loads its own code and dependencies only,
// without resolving hundreds of module files (that resolution was most of the CLI's start-up time).
import { build } from "esbuild";
import { rmSync } from "node:fs";

// Chunk names carry content hashes: clear old ones so dist/bin holds exactly one build.
rmSync("dist/bin", { recursive: true, force: true });

await build({
  entryPoints: { xfill: "src/cli/bin.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "external",
  logLevel: "warning",
  // handlebars is CommonJS and calls require(); give the ESM bundle a real one.
  banner: { js: "import { createRequire as __xfillRequire } from 'node:module'; const require = __xfillRequire(import.meta.url);" },
});
