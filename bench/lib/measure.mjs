import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The middle value: robust against the odd slow run on a shared machine. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds one spawned command takes, start to exit (output discarded). */
export function timeSpawn(cmd, args, opts = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: "ignore", ...opts });
  if (r.status !== 0 && !opts.anyStatus) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}`);
  return performance.now() - t;
}

/** Milliseconds an async function takes. */
export async function timeAsync(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * CPU milliseconds used so far by this process (all its threads) and its finished children. On a shared
 * machine this is steadier than wall time: it does not count waiting for a neighbour's work.
 */
export function cpuMs() {
  const self = process.cpuUsage();
  let children = 0;
  try {
    // Linux: fields 16 and 17 of /proc/self/stat are children's user and system time, in clock ticks (100/s).
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    children = (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    /* not Linux: children's CPU is not counted */
  }
  return (self.user + self.system) / 1000 + children;
}

/**
 * Runs each contender `rounds` times, interleaved (A B C A B C …) so a noisy neighbour slows all of them
 * alike, and returns the median wall and CPU milliseconds of each. `before(name)` runs untimed before every run.
 */
export async function interleaved(contenders, rounds, before = async () => {}) {
  const wall = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(contenders)) {
      await before(name);
      const c = cpuMs();
      wall[name].push(await timeAsync(run));
      cpu[name].push(cpuMs() - c);
    }
  }
  const medians = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  return { ms: medians(wall), cpuMs: medians(cpu) };
}
