import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

/** The project root and the built bin the tests spawn. */
export const ROOT = resolve(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "dist", "bin", "xfill.js");
export const SEED = join(ROOT, "test", "fixtures", "seed", "000_d3ce5c2aace7cd50.txt");
export const EXAMPLE = join(ROOT, "examples", "秦川县.yaml");
export const HALF_EXAMPLE = join(ROOT, "examples", "秦川县-半填.yaml");

/** Result of one run of the real CLI. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node [NODE_ARGS] dist/bin/xfill.js ARGS` with a Chinese-neutral locale unless env says otherwise. */
export function xfill(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; nodeArgs?: string[] } = {},
): CliRun {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, LANG: "C.UTF-8", ...opts.env },
    input: opts.input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export { tempDir } from "./temp.js";
