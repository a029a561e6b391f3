import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { EXAMPLE, tempDir, xfill } from "../helpers/cli.js";
import { makeCounties } from "./make-counties.js";

const COUNT = 600;
const INTERRUPT_AT = 20;
const PRELOAD = new URL("./interrupt-at-temp-file.mjs", import.meta.url).href;

test("Ctrl-C while a large batch is writing: exit 130, no temp file, only whole documents", () => {
  const root = tempDir("xfill-interrupt-");
  const data = join(root, "data");
  const out = join(root, "out");
  mkdirSync(data);
  const names = makeCounties(data, COUNT);
  const reference = xfill(["render", "county-plenary-speech", EXAMPLE]).stdout;
  expect(reference).toContain("秦川县");

  // SIGINT arrives just after the 20th document's temp file is opened, so a write is in flight.
  const r = xfill(["batch", "county-plenary-speech", data, "-o", out], {
    nodeArgs: ["--import", PRELOAD],
    env: { XFILL_INTERRUPT_AT_TEMP_FILE: String(INTERRUPT_AT) },
  });
  // 130 is the CLI's own exit after removing its temp files; a process killed by the signal reports -1 here.
  expect(r.code).toBe(130);

  const left = readdirSync(out);
  expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  // Writes already past their last step finish; the others stop and remove their temp file; none starts after.
  expect(left.length).toBeGreaterThan(0);
  expect(left.length).toBeLessThan(COUNT / 2);
  for (const file of left) {
    const name = file.replace(/县\.txt$/, "");
    expect(names).toContain(name);
    expect(readFileSync(join(out, file), "utf8")).toBe(reference.replaceAll("秦川", name));
  }
}, 60_000);
