import { spawnSync } from "node:child_process";
import { BIN, ROOT, type CliRun } from "../helpers/cli.js";

/** A run of the real CLI with its measured wall time. */
export interface TimedRun extends CliRun {
  ms: number;
  signal: string | null;
}

/**
 * The address space this Node reserves before running any code (KiB): 0.7 GB on Node 20 and 22, 1.3 GB on
 * Node 24. A memory limit is set this much plus what xfill may use, so one test bounds every major alike.
 */
let baselineKb: number | undefined;
function nodeBaselineKb(): number {
  if (baselineKb === undefined) {
    const r = spawnSync(
      process.execPath,
      ["-e", 'console.log(require("fs").readFileSync("/proc/self/status","utf8").match(/VmPeak:\\s+(\\d+)/)[1])'],
      { encoding: "utf8" },
    );
    baselineKb = Number(r.stdout.trim()) || 1_300_000;
  }
  return baselineKb;
}

/**
 * Runs the built CLI in a shell under `ulimit -v` (virtual memory: `vmKb` KiB above what Node itself reserves), `ulimit -t` (CPU seconds: quadratic
 * work needs minutes of CPU, linear well under a second, and CPU time does not depend on how busy the machine
 * is) and a wall-time limit, so a bomb that slips through fails the test instead of taking the machine down.
 */
export function xfillLimited(
  args: string[],
  opts: { vmKb?: number; cpuSeconds?: number; timeoutMs?: number; cwd?: string; input?: string } = {},
): TimedRun {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const started = Date.now();
  const r = spawnSync(
    "/bin/sh",
    [
      "-c",
      `ulimit -v ${nodeBaselineKb() + (opts.vmKb ?? 1_300_000)}; ulimit -t ${opts.cpuSeconds ?? 20}; exec ${quoted}`,
    ],
    {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
      input: opts.input,
      encoding: "utf8",
      timeout: opts.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started, signal: r.signal };
}

/** True when the output carries a JavaScript stack trace or V8's own crash report. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)|\n\s+at .+:\d+:\d+|FATAL ERROR|Unhandled 'error' event|node:internal/.test(text);
}
