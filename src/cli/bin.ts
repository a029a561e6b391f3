#!/usr/bin/env node
// The CLI is one CommonJS bundle beside this file (xfill.cjs). Node 22 and later keep V8's compiled code of
// the modules they load between runs once the compile cache is on; Node 20 has no such cache, so there the
// bundle runs with the V8 code cache the build stored beside it. Either is switched on before the CLI loads.
import module from "node:module";
import { fileURLToPath } from "node:url";
import { runBundle } from "./run-bundle.js";
import { VERSION } from "./version.js";

const bundle = fileURLToPath(new URL("./xfill.cjs", import.meta.url));
const args = process.argv.slice(2);
const withCompileCache = module as { enableCompileCache?: () => unknown };
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // `xfill --version` alone prints what the CLI's own --version prints, without loading the CLI.
  process.stdout.write(`${VERSION}\n`);
} else if (withCompileCache.enableCompileCache) {
  withCompileCache.enableCompileCache();
  module.createRequire(import.meta.url)(bundle);
} else {
  // XFILL_CODE_CACHE=write: the build's run that stores the cache; =report: say on stderr whether it was used.
  const mode = process.env.XFILL_CODE_CACHE;
  const use = runBundle(bundle, { writeCache: mode === "write" });
  if (mode === "report") process.stderr.write(`xfill code cache: ${use}\n`);
}
