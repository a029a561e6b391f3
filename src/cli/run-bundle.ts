import { readFileSync, renameSync, writeFileSync } from "node:fs";
import module from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/**
 * Where the V8 code cache of a bundle is kept: beside it, named by the V8 that made it (process.versions.v8).
 * Another V8 would refuse the cache anyway; by name, a Node of another version does not even read it.
 */
export const codeCacheFile = (bundle: string, v8: string = process.versions.v8): string => `${bundle}.v8-${v8}.v8cache`;

/** The stored code cache for this process's V8, or undefined when there is none. */
export function readCodeCache(bundle: string): Buffer | undefined {
  try {
    return readFileSync(codeCacheFile(bundle));
  } catch {
    return undefined;
  }
}

/** What became of the cache: V8 took it, refused it (other flags, a damaged file), or there was none. */
export type CodeCacheUse = "used" | "rejected" | "absent";

/**
 * Runs the CLI's CommonJS bundle as Node's own loader would (same wrapper, same `require`, `module`,
 * `__filename`), with V8's compiled code of an earlier run when there is a cache for this V8, so the process
 * skips parsing and compiling what that run compiled — including the functions it ran, which Node's own
 * compile cache (Node 22 and later) does not hold. V8 refuses a cache made with other flags or for another
 * source, and the bundle then compiles as usual. With `writeCache` (the build's training run), the run writes
 * the cache at exit, holding everything it compiled. Returns what became of the cache.
 */
export function runBundle(bundle: string, opts: { cachedData?: Buffer; writeCache?: boolean } = {}): CodeCacheUse {
  const source = readFileSync(bundle, "utf8");
  const script = new Script(module.wrap(source), { filename: bundle, cachedData: opts.cachedData });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, module.createRequire(bundle), mod, bundle, dirname(bundle));
  if (opts.writeCache) {
    process.once("exit", () => {
      const file = codeCacheFile(bundle);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, file);
    });
  }
  // V8's own answer: undefined when it was given no cache.
  return script.cachedDataRejected === undefined ? "absent" : script.cachedDataRejected ? "rejected" : "used";
}
