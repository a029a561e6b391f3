import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

/** Every module src/index.ts loads, static and dynamic imports followed, and the packages they import. */
function loadedBy(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    )) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith(".")) visit(normalize(join(dirname(file), spec.replace(/\.js$/, ".ts"))));
      else packages.add(spec.replace(/^(@[^/]+\/[^/]+|[^/]+).*$/, "$1"));
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the public API", () => {
  test("importing the library loads no CLI code and no commander", () => {
    const { files, packages } = loadedBy(join(ROOT, "src", "index.ts"));
    expect(files.size).toBeGreaterThan(50);
    expect([...files].map((f) => relative(ROOT, f)).filter((f) => f.startsWith("src/cli/"))).toEqual([]);
    expect(packages).not.toContain("commander");
  });

  test("the built library imports without commander installed in its way (a child process that blocks it)", () => {
    // A loader hook that fails any import of commander: importing dist/index.js must still succeed.
    const hook = `export async function resolve(s, c, next) { if (s === "commander") throw new Error("commander loaded"); return next(s, c); }`;
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { register } from "node:module"; register("data:text/javascript,${encodeURIComponent(hook)}"); ` +
          `const m = await import("./dist/index.js"); console.log(typeof m.loadTemplate, typeof m.runCli);`,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("function undefined");
  });

  test("the CLI imports the library only through src/index.ts", () => {
    // main.ts is where the CLI starts (bin.ts only loads its bundle).
    const { files } = loadedBy(join(ROOT, "src", "cli", "main.ts"));
    const reached = [...files].map((f) => relative(ROOT, f)).filter((f) => !f.startsWith("src/cli/"));
    // Everything outside src/cli/ is reached through the index, which the CLI's own files import.
    for (const file of files) {
      if (!relative(ROOT, file).startsWith("src/cli/")) continue;
      const direct = [...readFileSync(file, "utf8").matchAll(/from\s+["'](\.[^"']+)["']/g)].map((m) =>
        normalize(join(dirname(file), m[1]!)),
      );
      expect(
        direct.map((d) => relative(ROOT, d)).filter((d) => !d.startsWith("src/cli/") && d !== "src/index.js"),
        relative(ROOT, file),
      ).toEqual([]);
    }
    expect(reached).toContain("src/index.ts");
  });

  test("the README's library example runs and writes the Word document", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /## 作为库使用[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const dir = tempDir();
    try {
      // The example imports "xfill": give it the package as an installed dependency would be.
      mkdirSync(join(dir, "node_modules"));
      symlinkSync(ROOT, join(dir, "node_modules", "xfill"), "dir");
      mkdirSync(join(dir, "examples"));
      writeFileSync(join(dir, "examples", "秦川县.yaml"), readFileSync(join(ROOT, "examples", "秦川县.yaml")));
      writeFileSync(join(dir, "example.mjs"), example!);
      const r = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout.trim()).toBe("已生成 秦川县讲话.docx");
      const docx = readFileSync(join(dir, "秦川县讲话.docx"));
      expect(docx.subarray(0, 2).toString()).toBe("PK");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("npm pack lists only what a user needs", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const needed of [
      "package.json",
      "README.md",
      "LICENSE",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/bin/xfill.js",
      "templates/county-plenary-speech/fields.yaml",
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^(src|test|bench|scripts|\.ci)\//.test(f) || f.startsWith("dist/cli/"))).toEqual([]);
    expect(existsSync(join(ROOT, "dist", "bin", "xfill.js"))).toBe(true);
  });
});
