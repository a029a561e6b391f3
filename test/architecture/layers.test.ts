import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

/** The pipeline stages in order (ARCHITECTURE.md): each folder of src/ may import only itself and stages before it. */
const STAGES = [
  "kinds",
  "diagnostics",
  "source",
  "ooxml",
  "scan",
  "clean",
  "template",
  "data",
  "check",
  "render",
  "extract",
  "batch",
  "serve",
  "cli",
];

const SRC = join(ROOT, "src");

/** Every .ts file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The relative imports of a file (static and dynamic, type-only too: a type import still couples the stages). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.[^"']+)["']/g)].map((m) => join(dirname(file), m[1]!));
}

/** The stage a path under a src folder belongs to ("index" for src/index.ts). */
function stageOf(src: string, path: string): string {
  return relative(src, path)
    .split(/[\\/]/)[0]!
    .replace(/\.(ts|js)$/, "");
}

/** Each import under a src folder that runs up the pipeline, as "from → to". */
function upwardImports(src: string): string[] {
  const out: string[] = [];
  for (const file of files(src)) {
    const from = stageOf(src, file);
    if (from === "index") continue;
    for (const target of importsOf(file)) {
      const to = stageOf(src, target);
      // The CLI reaches the library through src/index.ts only; no library stage imports the index.
      if (to === "index" ? from === "cli" : STAGES.indexOf(to) <= STAGES.indexOf(from)) continue;
      out.push(`${relative(src, file)} → ${relative(src, target)}`);
    }
  }
  return out;
}

describe("layers", () => {
  test("every folder of src/ is a stage named in the order", () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !STAGES.includes(f))).toEqual([]);
  });

  test("no stage imports from a later one", () => {
    expect(upwardImports(SRC)).toEqual([]);
  });

  test("the check reports an upward import, a type-only one and one of the public API, and allows downward ones", () => {
    const src = join(tempDir("xfill-layers-"), "src");
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    };
    put("index.ts", 'export { a } from "./data/a.js";\n');
    put(
      "data/a.ts",
      'import { b } from "../check/b.js";\nimport type { T } from "../render/t.js";\nimport { k } from "../kinds/k.js";\n',
    );
    put("check/b.ts", 'import { a } from "../data/a.js";\nimport { x } from "../index.js";\n');
    put("cli/c.ts", 'import { x } from "../index.js";\n');
    put("kinds/k.ts", "export const k = 1;\n");
    expect(upwardImports(src).sort()).toEqual([
      "check/b.ts → index.js",
      "data/a.ts → check/b.js",
      "data/a.ts → render/t.js",
    ]);
  });
});
