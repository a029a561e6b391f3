// `npm run bench`: every figure as a ratio to a baseline measured in the same run, printed as tables and
// written to bench/results.json. Options: --only cold,txt,docx,scan  --count N (data files, default 2844)
// --rounds N (interleaved rounds of the batch benches, default 3)  --runs N (cold-start spawns, default 15)
// --inplace-count N (counties for the Word-original bench, default 1000).
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { batchDocx } from "./batch-docx.mjs";
import { batchInPlace } from "./batch-in-place.mjs";
import { batchTxt } from "./batch-txt.mjs";
import { coldStart } from "./cold-start.mjs";
import { benchFixture } from "./lib/fixture.mjs";
import { COUNTY_COUNT } from "./lib/generate-counties.mjs";
import { scanBench } from "./scan.mjs";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "cold,txt,docx,inplace,scan" },
    count: { type: "string" },
    "inplace-count": { type: "string" },
    rounds: { type: "string" },
    runs: { type: "string" },
  },
});
const only = new Set(values.only.split(","));
const rounds = Number(values.rounds ?? 3);
const count = Number(values.count ?? COUNTY_COUNT);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model,
  // A shared machine makes every figure noisy; the load average says how shared it was.
  loadAverage: { start: loadavg() },
};
console.log(
  `xfill bench — Node ${process.version}, ${results.cpus} CPUs (${results.cpuModel}), load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);

if (only.has("cold")) results.coldStart = await coldStart({ runs: Number(values.runs ?? 15) });
if (only.has("txt")) {
  // Both shapes of data file: compact files show what xfill adds around YAML parsing, commented ones are what init writes.
  results.batchTxt = {};
  for (const shape of ["compact", "commented"]) {
    console.log(`\nGenerating ${count} ${shape} county data files …`);
    const fx = await benchFixture(count, shape);
    try {
      results.batchTxt[shape] = await batchTxt(fx, { rounds });
    } finally {
      fx.cleanup();
    }
  }
}
if (only.has("docx")) {
  console.log(`\nGenerating ${count} county data files …`);
  const fx = await benchFixture(count);
  try {
    results.batchDocx = await batchDocx(fx, { rounds });
  } finally {
    fx.cleanup();
  }
}
if (only.has("inplace"))
  results.batchInPlace = await batchInPlace({ count: Number(values["inplace-count"] ?? 1000), rounds });
if (only.has("scan")) results.scan = await scanBench({ rounds });

results.loadAverage.end = loadavg();
const file = join(import.meta.dirname, "results.json");
writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
console.log(`\nWrote ${file}`);
