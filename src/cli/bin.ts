#!/usr/bin/env node
// The CLI is one CommonJS bundle beside this file (xfill.cjs). The build runs it once and stores V8's compiled
// code beside it, named by the V8 version (src/cli/run-bundle.ts); a Node with that V8 starts from it. Any
// other Node compiles the bundle: Node 22 and later through their own compile cache, kept between runs.
import module from "node:module";
import { fileURLToPath } from "node:url";
import { readCodeCache, runBundle } from "./run-bundle.js";
import { VERSION } from "./version.js";

const bundle = fileURLToPath(new URL("./xfill.cjs", import.meta.url));
const args = process.argv.slice(2);
const withCompileCache = module as { enableCompileCache?: () => unknown };
// XFILL_CODE_CACHE=write: the build's run that stores the cache; =report: say on stderr which cache was used.
const mode = process.env.XFILL_CODE_CACHE;
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // `xfill --version` alone prints what the CLI's own --version prints, without loading the CLI.
  process.stdout.write(`${VERSION}\n`);
} else {
  const cachedData = mode === "write" ? undefined : readCodeCache(bundle);
  let use: string;
  if (!cachedData && mode !== "write" && withCompileCache.enableCompileCache) {
    withCompileCache.enableCompileCache();
    module.createRequire(import.meta.url)(bundle);
    use = "compile-cache";
  } else {
    use = runBundle(bundle, { cachedData, writeCache: mode === "write" });
  }
  if (mode === "report") process.stderr.write(`xfill code cache: ${use}\n`);
}
