import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Folders made by tempDir in this test file, removed after it (test/helpers/remove-temp-dirs.ts). */
const made: string[] = [];

/** A fresh temporary folder, removed with everything in it when the test file ends. */
export function tempDir(prefix = "xfill-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir has made so far, including any a test left unreadable or unwritable. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      makeRemovable(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function makeRemovable(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.isSymbolicLink()) makeRemovable(join(dir, entry.name));
  }
}
