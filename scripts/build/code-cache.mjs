// Stores V8's compiled code of the CLI bundle beside it (dist/bin/xfill.cjs.v8cache), for Node 20, which has no
// compile cache of its own: one run of `xfill check` on the example writes what it compiled at exit, and later
// runs on the same Node start from that code instead of parsing and compiling the bundle. A Node with
// module.enableCompileCache (22 and later) keeps its own cache and gets no file. See src/cli/run-bundle.ts.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";

const outdir = process.env.XFILL_BUNDLE_OUT ?? "dist/bin";
const cache = join(outdir, "xfill.cjs.v8cache");
rmSync(cache, { force: true });
if (!module.enableCompileCache) {
  const run = spawnSync(
    process.execPath,
    [join(outdir, "xfill.js"), "check", "county-plenary-speech", "examples/秦川县.yaml"],
    { env: { ...process.env, XFILL_CODE_CACHE: "write" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (run.status !== 0 || !existsSync(cache)) throw new Error(`code cache: the training run exited ${run.status}`);
}
