// Batch throughput, txt: xfill batch (in-process API and the CLI end to end) against the bare loop.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { ensureOutDir, loadTemplate, renderBatch } from "../dist/index.js";
import { baselineTxt } from "./lib/baseline-txt.mjs";
import { interleaved } from "./lib/measure.mjs";
import { printTable, times } from "./lib/table.mjs";
import { TEMPLATE } from "./lib/fixture.mjs";

const ROOT = join(import.meta.dirname, "..");

/** Runs xfill batch through its library API: template loaded once, then every file. */
export async function xfillInProcess(files, outDir, format, jobs = availableParallelism()) {
  const loaded = await loadTemplate(TEMPLATE);
  if (!loaded.ok) throw new Error("template does not load");
  const made = await ensureOutDir(outDir);
  if (!made.ok) throw new Error(made.diagnostics[0].code);
  const result = await renderBatch(loaded.template, files, { outDir, format, jobs });
  if (result.failed > 0)
    throw new Error(
      `${result.failed} files failed: ${JSON.stringify(result.items.find((i) => i.status !== "rendered"))}`,
    );
}

/** Runs `xfill batch` as a user would, in a fresh process. */
export function xfillCli(dataDir, outDir, format) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "dist/bin/xfill.js"), "batch", TEMPLATE, dataDir, "-o", outDir, "--format", format, "--json"],
    { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`xfill batch exited ${r.status}: ${r.stderr}`);
}

export async function batchTxt(fx, { rounds = 3 } = {}) {
  let out;
  const { ms, cpuMs } = await interleaved(
    {
      "bare loop (yaml.parse + Handlebars + writeFileSync)": () =>
        baselineTxt(join(fx.template.dir, "template.hbs"), fx.files, out),
      "xfill batch, library API, 1 thread": () => xfillInProcess(fx.files, out, "txt", 1),
      [`xfill batch, library API, ${availableParallelism()} threads`]: () => xfillInProcess(fx.files, out, "txt"),
      [`xfill batch, CLI end to end (default --jobs ${availableParallelism()})`]: () =>
        xfillCli(fx.dataDir, out, "txt"),
    },
    rounds,
    async (name) => void (out = fx.freshOut(name.split(" ")[0] + name.length)),
  );
  const written = readdirSync(out).filter((f) => f.endsWith(".txt")).length;
  if (written !== fx.files.length) throw new Error(`expected ${fx.files.length} documents, found ${written}`);
  const [baseName, ...others] = Object.keys(ms);
  const base = ms[baseName];
  const rows = Object.keys(ms).map((k) => [
    k,
    ms[k].toFixed(0),
    ((fx.files.length / ms[k]) * 1000).toFixed(0),
    times(ms[k] / base),
    k === baseName ? "" : ms[k] / base <= 1.5 ? "≤ 1.5× ✓" : "> 1.5× ✗",
    cpuMs[k].toFixed(0),
    times(cpuMs[k] / cpuMs[baseName]),
  ]);
  printTable(
    `Batch to txt: ${fx.files.length} ${fx.shape} data files, median of ${rounds} interleaved rounds, ${availableParallelism()} CPUs`,
    ["contender", "ms", "files/s", "time vs bare loop", "target", "CPU ms", "CPU vs bare loop"],
    rows,
  );
  return {
    shape: fx.shape,
    files: fx.files.length,
    rounds,
    ms,
    cpuMs,
    ratio: Object.fromEntries(others.map((k) => [k, ms[k] / base])),
    cpuRatio: Object.fromEntries(others.map((k) => [k, cpuMs[k] / cpuMs[baseName]])),
  };
}
