// Stores V8's compiled code of the CLI bundle beside it (dist/bin/xfill.cjs.v8-<V8 version>.v8cache): one run of
// `xfill check` on the example writes what it compiled at exit, and later runs on a Node with the same V8 start
// from that code instead of parsing and compiling the bundle. A Node with another V8 finds no file of its own
// and compiles as usual (Node 22 and later through their compile cache). See src/cli/run-bundle.ts.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const outdir = process.env.XFILL_BUNDLE_OUT ?? "dist/bin";
for (const name of readdirSync(outdir)) if (name.endsWith(".v8cache")) rmSync(join(outdir, name));
const cache = join(outdir, `xfill.cjs.v8-${process.versions.v8}.v8cache`);
const run = spawnSync(
  process.execPath,
  [join(outdir, "xfill.js"), "check", "county-plenary-speech", "examples/秦川县.yaml"],
  { env: { ...process.env, XFILL_CODE_CACHE: "write" }, stdio: ["ignore", "ignore", "inherit"] },
);
if (run.status !== 0 || !existsSync(cache)) throw new Error(`code cache: the training run exited ${run.status}`);
