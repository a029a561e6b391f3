import { readFileSync, renameSync, writeFileSync } from "node:fs";
import module from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** Where the V8 code cache of a bundle is kept: beside it. */
export const codeCacheFile = (bundle: string): string => `${bundle}.v8cache`;

/** What became of the cache: V8 took it, refused it (another V8, other flags, another source), or there was none. */
export type CodeCacheUse = "used" | "rejected" | "absent";

/**
 * Runs the CLI's CommonJS bundle as Node's own loader would (same wrapper, same `require`, `module`,
 * `__filename`), with V8's compiled code of a previous run when its cache file is there, so the process skips
 * parsing and compiling what that run compiled. Node 20 has no compile cache of its own (Node 22 and later do:
 * the entry uses theirs instead). V8 refuses a cache made by another V8, other flags or another source, and
 * then compiles as usual. With `writeCache` (the build), the run writes the cache at exit, holding everything it
 * compiled. Returns what became of the cache.
 */
export function runBundle(bundle: string, opts: { writeCache?: boolean } = {}): CodeCacheUse {
  const source = readFileSync(bundle, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = opts.writeCache ? undefined : readFileSync(codeCacheFile(bundle));
  } catch {
    // No cache (a build on Node 22 or later makes none): compile as usual.
  }
  const script = new Script(module.wrap(source), { filename: bundle, cachedData });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, module.createRequire(bundle), mod, bundle, dirname(bundle));
  if (opts.writeCache) {
    process.once("exit", () => {
      const tmp = `${codeCacheFile(bundle)}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, codeCacheFile(bundle));
    });
  }
  // V8's own answer: undefined when it was given no cache.
  return script.cachedDataRejected === undefined ? "absent" : script.cachedDataRejected ? "rejected" : "used";
}
