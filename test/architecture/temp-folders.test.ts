import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../helpers/cli.js";

// Only test/helpers/temp.ts makes temporary folders, and it removes them after each test file: a folder made
// any other way would be left in the system's temp folder after every run.
test("tests make temporary folders only through tempDir (test/helpers/temp.ts)", () => {
  const dir = join(ROOT, "test");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|mts|mjs)$/.test(f));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter(
    (f) =>
      f !== join("helpers", "temp.ts") &&
      /\bmkdtemp(Sync)?\s*\(|\btmpdir\s*\(/.test(readFileSync(join(dir, f), "utf8")),
  );
  expect(offenders).toEqual([]);
});
