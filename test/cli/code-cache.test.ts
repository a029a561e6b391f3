import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXAMPLE, ROOT, tempDir } from "../helpers/cli.js";

// The built bin runs its bundle (dist/bin/xfill.cjs) with the V8 code cache stored beside it for the running
// V8 (xfill.cjs.v8-<process.versions.v8>.v8cache, src/cli/run-bundle.ts). Without one, Node 22 and later use
// their own compile cache; Node 20 compiles the bundle.
const nodeHasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";
const ownCache = `xfill.cjs.v8-${process.versions.v8}.v8cache`;

/** A copy of the built CLI (dist/bin with what it finds beside it) without any code cache. */
function copyOfBuild(): string {
  const root = tempDir("xfill-code-cache-");
  cpSync(join(ROOT, "dist", "bin"), join(root, "dist", "bin"), { recursive: true });
  for (const name of readdirSync(join(root, "dist", "bin")))
    if (name.endsWith(".v8cache")) rmSync(join(root, "dist", "bin", name));
  cpSync(join(ROOT, "dist", "template-cache"), join(root, "dist", "template-cache"), { recursive: true });
  cpSync(join(ROOT, "templates"), join(root, "templates"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(root, "package.json"));
  return root;
}

/** `xfill check` on the example with the bin under `root`, asking it to say which cache it used. */
function checkExample(root: string, mode = "report") {
  const r = spawnSync(
    process.execPath,
    [join(root, "dist", "bin", "xfill.js"), "check", "county-plenary-speech", EXAMPLE],
    {
      env: { PATH: process.env.PATH, LANG: "C.UTF-8", XFILL_CODE_CACHE: mode },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the code cache of the CLI bundle", () => {
  test("the build stores one for the V8 that built it, named by that V8's version", () => {
    const caches = readdirSync(join(ROOT, "dist", "bin")).filter((n) => n.endsWith(".v8cache"));
    expect(caches.length).toBeGreaterThanOrEqual(1);
    for (const name of caches) expect(name).toMatch(/^xfill\.cjs\.v8-\d+\.\d+\.\d+\.\d+[-.\w]*\.v8cache$/);
  });

  test("written by a training run, used by the next; damaged: refused; missing: this Node's own way", () => {
    const root = copyOfBuild();
    const cache = join(root, "dist", "bin", ownCache);
    const none = checkExample(root);
    expect(none.stderr).toBe(`xfill code cache: ${nodeHasCompileCache ? "compile-cache" : "absent"}\n`);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("全部 69 项已填写，检查通过");

    const training = checkExample(root, "write");
    expect(training.stderr).toBe("");
    expect(existsSync(cache)).toBe(true);
    const used = checkExample(root);
    expect(used.stderr).toBe("xfill code cache: used\n");
    expect([used.code, used.stdout]).toEqual([none.code, none.stdout]);

    writeFileSync(cache, Buffer.alloc(4096, 7));
    const damaged = checkExample(root);
    expect(damaged.stderr).toBe("xfill code cache: rejected\n");
    expect([damaged.code, damaged.stdout]).toEqual([none.code, none.stdout]);
  });

  test("a cache of another V8 is not read: the file name says whose it is", () => {
    const root = copyOfBuild();
    // What a Node of another version would have left: the right bytes under another V8's name.
    checkExample(root, "write");
    const other = join(root, "dist", "bin", "xfill.cjs.v8-0.0.0.0-other.v8cache");
    cpSync(join(root, "dist", "bin", ownCache), other);
    rmSync(join(root, "dist", "bin", ownCache));
    const r = checkExample(root);
    expect(r.stderr).toBe(`xfill code cache: ${nodeHasCompileCache ? "compile-cache" : "absent"}\n`);
    expect(r.code).toBe(0);
  });
});
