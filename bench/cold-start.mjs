// Cold start: how long `xfill --version` and `xfill check` take from a fresh process, against `node -e 0`,
// and what the heavy imports cost on their own (to decide whether bundling is worth it).
import { join } from "node:path";
import { median, timeSpawn } from "./lib/measure.mjs";
import { printTable, times } from "./lib/table.mjs";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "dist", "bin", "xfill.js");
const node = process.execPath;

/** Median milliseconds of `runs` spawns of node with args, interleaved with the others so noise hits all alike. */
function spawnMedians(commands, runs) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands))
      times[name].push(timeSpawn(node, args, { cwd: ROOT, anyStatus: true }));
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** What importing one module costs in a fresh process, beyond starting node. */
const importOnly = (spec) => ["--input-type=module", "-e", `await import(${JSON.stringify(spec)})`];

export async function coldStart({ runs = 15 } = {}) {
  const t = spawnMedians(
    {
      "node -e 0": ["-e", "0"],
      "xfill --version": [BIN, "--version"],
      "xfill check (example)": [BIN, "check", "county-plenary-speech", "examples/秦川县.yaml"],
    },
    runs,
  );
  const base = t["node -e 0"];
  // The targets of README's table: check within 1.5× of bare node, --version within 2×.
  const target = { "xfill --version": 2, "xfill check (example)": 1.5 };
  const rows = Object.entries(t).map(([k, ms]) => [
    k,
    ms.toFixed(0),
    times(ms / base),
    k in target ? `${ms / base <= target[k] ? "≤" : ">"} ${target[k]}× ${ms / base <= target[k] ? "✓" : "✗"}` : "",
  ]);
  printTable(`Cold start (median of ${runs} spawns each)`, ["command", "ms", "vs node -e 0", "target"], rows);

  // The dependencies `check` needs; the CLI's own code is a bundle (dist/bin) whose chunks load lazily.
  const modules = ["commander", "yaml", "zod/mini", "handlebars"];
  const imp = spawnMedians(
    Object.fromEntries([["(nothing)", importOnly("node:path")], ...modules.map((m) => [m, importOnly(m)])]),
    Math.max(5, Math.floor(runs / 3)),
  );
  const bare = imp["(nothing)"];
  const importRows = modules.map((m) => [m.replace(ROOT + "/", ""), (imp[m] - bare).toFixed(0)]);
  printTable("What loads at startup: import cost in a fresh process, ms above bare node", ["module", "ms"], importRows);
  return {
    runs,
    ms: t,
    ratio: { version: t["xfill --version"] / base, check: t["xfill check (example)"] / base },
    importMs: Object.fromEntries(importRows.map(([m, ms]) => [m, Number(ms)])),
  };
}
