import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSkeleton, loadTemplate } from "../../dist/index.js";
import { COUNTY_COUNT, generateCounties } from "./generate-counties.mjs";

export const TEMPLATE = "county-plenary-speech";

/**
 * A temp folder with one data file per county (made once per bench run) and a fresh output folder per use.
 * `shape`: "commented" (init skeletons, comments kept) or "compact" (values only); see generate-counties.
 */
export async function benchFixture(count = COUNTY_COUNT, shape = "commented") {
  const root = mkdtempSync(join(tmpdir(), "xfill-bench-"));
  const loaded = await loadTemplate(TEMPLATE);
  if (!loaded.ok) throw new Error(`template ${TEMPLATE} does not load`);
  const dataDir = join(root, "data");
  const files = generateCounties(
    dataDir,
    loaded.template,
    buildSkeleton(loaded.template, "zh"),
    count,
    undefined,
    shape,
  );
  let n = 0;
  return {
    root,
    dataDir,
    shape,
    files: files.map((f) => join(dataDir, f)),
    template: loaded.template,
    /** A new, empty output folder; the previous ones are removed so the disk does not fill up. */
    freshOut(label) {
      for (const old of readdirSync(root))
        if (old.startsWith("out-")) rmSync(join(root, old), { recursive: true, force: true });
      const dir = join(root, `out-${label}-${n++}`);
      return dir;
    },
    cleanup: () => existsSync(root) && rmSync(root, { recursive: true, force: true }),
  };
}
