import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { WORKER_MIN_FILES } from "../../src/batch/render-batch.js";
import { HALF_EXAMPLE, ROOT, tempDir, xfill } from "../helpers/cli.js";
import { makeCounties } from "./make-counties.js";

/** The threads' CPU profiles of a run (node --cpu-prof writes one per thread): the functions each ran, as name@file. */
function functionsByThread(profiles: string): string[][] {
  return readdirSync(profiles).map((f) => {
    const profile = JSON.parse(readFileSync(join(profiles, f), "utf8")) as {
      nodes: { callFrame: { functionName: string; url: string } }[];
    };
    return profile.nodes.map((n) => `${n.callFrame.functionName}@${n.callFrame.url.replace(/^.*\/dist\//, "")}`);
  });
}

// The CLI runs at most one thread per core: a worker needs a second core.
test.skipIf(availableParallelism() < 2)(
  "a worker thread (--jobs 2) gives the same documents and outcome as one thread, and does part of the work",
  () => {
    const root = tempDir("xfill-workers-");
    const data = join(root, "data");
    mkdirSync(data);
    makeCounties(data, WORKER_MIN_FILES + 20);
    writeFileSync(join(data, "半填县.yaml"), readFileSync(HALF_EXAMPLE));
    writeFileSync(join(data, "坏县.yaml"), Buffer.from([0, 159, 146, 150, 0, 0]));

    const run = (jobs: string) => {
      const out = join(root, `out-${jobs}`);
      const profiles = join(root, `profiles-${jobs}`);
      const nodeArgs = ["--cpu-prof", `--cpu-prof-dir=${profiles}`, "--cpu-prof-interval=100"];
      const r = xfill(["batch", "county-plenary-speech", data, "-o", out, "--jobs", jobs, "--json", "--format", "md"], {
        nodeArgs,
      });
      const json = JSON.parse(r.stdout);
      const results = json.results.map((x: { output?: string }) => ({ ...x, output: x.output?.replace(out, "OUT") }));
      const files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
      return { outcome: { code: r.code, results, files }, threads: functionsByThread(profiles) };
    };
    const one = run("1");
    const two = run("2");
    expect(one.outcome.code).toBe(1);
    expect(
      one.outcome.results
        .filter((x: { status: string }) => x.status !== "rendered")
        .map((x: { status: string }) => x.status),
    ).toEqual(["refused", "unreadable"]);
    expect(Object.keys(one.outcome.files)).toHaveLength(WORKER_MIN_FILES + 20);
    expect(two.outcome).toEqual(one.outcome);
    // --jobs 1: one thread. --jobs 2: the main thread (the CLI bundle, dist/bin) and a worker, which checked and
    // rendered documents in dist/batch/prepare-one.js, the module the worker loads.
    expect(one.threads).toHaveLength(1);
    expect(two.threads).toHaveLength(2);
    expect(two.threads.filter((names) => names.includes("prepareOne@batch/prepare-one.js"))).toHaveLength(1);
  },
  60_000,
);

test("the built CLI finds its worker: the bundle in dist/bin resolves ../batch/batch-worker.js", async () => {
  expect(existsSync(join(ROOT, "dist", "batch", "batch-worker.js"))).toBe(true);
  const built = (await import(join(ROOT, "dist", "batch", "worker-pool.js"))) as { workersAvailable: () => boolean };
  expect(built.workersAvailable()).toBe(true);
  // The bundle sits in dist/bin, where no worker is built: it must look in ../batch too.
  const bundle = readFileSync(join(ROOT, "dist", "bin", "xfill.cjs"), "utf8");
  expect(bundle).toContain('"../batch/batch-worker.js"');
});
