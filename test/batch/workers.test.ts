import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { WORKER_MIN_FILES } from "../../src/batch/render-batch.js";
import { HALF_EXAMPLE, ROOT, tempDir, xfill } from "../helpers/cli.js";
import { makeCounties } from "./make-counties.js";

test("worker threads (--jobs 3) give the same documents and the same outcome as one thread", () => {
  const root = tempDir("xfill-workers-");
  const data = join(root, "data");
  mkdirSync(data);
  makeCounties(data, WORKER_MIN_FILES + 20);
  writeFileSync(join(data, "半填县.yaml"), readFileSync(HALF_EXAMPLE));
  writeFileSync(join(data, "坏县.yaml"), Buffer.from([0, 159, 146, 150, 0, 0]));

  const run = (jobs: string) => {
    const out = join(root, `out-${jobs}`);
    const r = xfill(["batch", "county-plenary-speech", data, "-o", out, "--jobs", jobs, "--json", "--format", "md"]);
    const json = JSON.parse(r.stdout);
    const results = json.results.map((x: { output?: string }) => ({ ...x, output: x.output?.replace(out, "OUT") }));
    const files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
    return { code: r.code, results, files };
  };
  const one = run("1");
  const three = run("3");
  expect(one.code).toBe(1);
  expect(one.results.filter((x: { status: string }) => x.status !== "rendered").map((x: { status: string }) => x.status)).toEqual(["refused", "unreadable"]);
  expect(Object.keys(one.files)).toHaveLength(WORKER_MIN_FILES + 20);
  expect(three).toEqual(one);
}, 60_000);

test("the built CLI finds its worker: the bundle in dist/bin resolves ../batch/batch-worker.js", async () => {
  expect(existsSync(join(ROOT, "dist", "batch", "batch-worker.js"))).toBe(true);
  const built = (await import(join(ROOT, "dist", "batch", "worker-pool.js"))) as { workersAvailable: () => boolean };
  expect(built.workersAvailable()).toBe(true);
  // The bundle's chunk sits in dist/bin, where no worker is built: it must look in ../batch too.
  const chunks = readdirSync(join(ROOT, "dist", "bin")).filter((f) => f.endsWith(".js"));
  expect(chunks.some((f) => readFileSync(join(ROOT, "dist", "bin", f), "utf8").includes('"../batch/batch-worker.js"'))).toBe(true);
});
