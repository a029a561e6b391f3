import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXAMPLE, ROOT, tempDir } from "../helpers/cli.js";

// On Node 20, the built bin runs its bundle (dist/bin/xfill.cjs) with the V8 code cache the build stored beside
// it (src/cli/run-bundle.ts); Node 22 and later use their own compile cache instead, and the build stores none.
const nodeHasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";

/** A copy of the built CLI (dist/bin with what it finds beside it), so a test can damage its cache. */
function copyOfBuild(): string {
  const root = tempDir("xfill-code-cache-");
  cpSync(join(ROOT, "dist", "bin"), join(root, "dist", "bin"), { recursive: true });
  cpSync(join(ROOT, "dist", "template-cache"), join(root, "dist", "template-cache"), { recursive: true });
  cpSync(join(ROOT, "templates"), join(root, "templates"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(root, "package.json"));
  return root;
}

/** `xfill check` on the example with the bin under `root`, asking it to say what became of the cache. */
function checkExample(root: string) {
  const r = spawnSync(
    process.execPath,
    [join(root, "dist", "bin", "xfill.js"), "check", "county-plenary-speech", EXAMPLE],
    {
      env: { PATH: process.env.PATH, LANG: "C.UTF-8", XFILL_CODE_CACHE: "report" },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(nodeHasCompileCache)("the code cache of the CLI bundle (Node 20)", () => {
  test("the build stores it beside the bundle and the bin uses it", () => {
    expect(existsSync(join(ROOT, "dist", "bin", "xfill.cjs.v8cache"))).toBe(true);
    const r = checkExample(ROOT);
    expect(r.stderr).toBe("xfill code cache: used\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("全部 69 项已填写，检查通过");
  });

  test("a damaged or missing cache is refused or skipped, and the CLI does the same work", () => {
    const root = copyOfBuild();
    const cache = join(root, "dist", "bin", "xfill.cjs.v8cache");
    const used = checkExample(root);
    expect(used.stderr).toBe("xfill code cache: used\n");

    writeFileSync(cache, Buffer.alloc(4096, 7));
    const damaged = checkExample(root);
    expect(damaged.stderr).toBe("xfill code cache: rejected\n");
    expect([damaged.code, damaged.stdout]).toEqual([used.code, used.stdout]);

    rmSync(cache);
    const missing = checkExample(root);
    expect(missing.stderr).toBe("xfill code cache: absent\n");
    expect([missing.code, missing.stdout]).toEqual([used.code, used.stdout]);
  });
});

describe.skipIf(!nodeHasCompileCache)("the compile cache (Node 22 and later)", () => {
  test("the bin runs the bundle through Node's loader: no code cache of ours is read or reported", () => {
    const r = checkExample(ROOT);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("全部 69 项已填写，检查通过");
  });
});
