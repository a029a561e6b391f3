import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { BIN, EXAMPLE, ROOT, tempDir, xfill } from "../helpers/cli.js";
import { makeCounties } from "./make-counties.js";

const COUNT = 600;

const waitFor = async (check: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end && !check(); ) await new Promise((r) => setTimeout(r, 10));
};

test("Ctrl-C in the middle of a large batch leaves no temp file and no half-written document", async () => {
  const root = tempDir("xfill-interrupt-");
  const data = join(root, "data");
  const out = join(root, "out");
  mkdirSync(data);
  const names = makeCounties(data, COUNT);
  const reference = xfill(["render", "county-plenary-speech", EXAMPLE]).stdout;
  expect(reference).toContain("秦川县");

  const child = spawn(process.execPath, [BIN, "batch", "county-plenary-speech", data, "-o", out], { cwd: ROOT, env: { PATH: process.env.PATH, LANG: "C.UTF-8" }, stdio: "ignore" });
  // 130 when the interrupt lands during a write (temp files cleaned up first); killed by SIGINT otherwise.
  const exited = new Promise<number | string | null>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  const documents = () => readdirSync(out).filter((f) => f.endsWith(".txt")).length;
  await waitFor(() => {
    try {
      return documents() >= 20;
    } catch {
      return false; // the output folder is not there yet
    }
  }, 30_000);
  child.kill("SIGINT");
  expect([130, "SIGINT"]).toContain(await exited);

  const left = readdirSync(out);
  expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  expect(left.length).toBeGreaterThanOrEqual(20);
  expect(left.length).toBeLessThan(COUNT);
  for (const file of left) {
    const name = file.replace(/县\.txt$/, "");
    expect(names).toContain(name);
    expect(readFileSync(join(out, file), "utf8")).toBe(reference.replaceAll("秦川", name));
  }
}, 60_000);
