import { spawnSync } from "node:child_process";
import { BIN, ROOT, type CliRun } from "../helpers/cli.js";

/** A run of the real CLI with its measured wall time. */
export interface TimedRun extends CliRun {
  ms: number;
  signal: string | null;
}

/**
 * Runs the built CLI in a shell under `ulimit -v` (virtual memory, KiB), `ulimit -t` (CPU seconds: quadratic
 * work needs minutes of CPU, linear well under a second, and CPU time does not depend on how busy the machine
 * is) and a wall-time limit, so a bomb that slips through fails the test instead of taking the machine down.
 */
export function xfillLimited(args: string[], opts: { vmKb?: number; cpuSeconds?: number; timeoutMs?: number; cwd?: string; input?: string } = {}): TimedRun {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const started = Date.now();
  const r = spawnSync("/bin/sh", ["-c", `ulimit -v ${opts.vmKb ?? 2_000_000}; ulimit -t ${opts.cpuSeconds ?? 20}; exec ${quoted}`], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
    input: opts.input,
    encoding: "utf8",
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started, signal: r.signal };
}

/** True when the output carries a JavaScript stack trace or V8's own crash report. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)|\n\s+at .+:\d+:\d+|FATAL ERROR|Unhandled 'error' event|node:internal/.test(text);
}
