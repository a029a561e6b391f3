import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));

// Commands other than a .docx render must not pay for loading docx: only `import type` and the one
// `await import("docx")` in the layout may name it.
test("no source file imports docx statically", () => {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const offenders = files.filter((f) => {
    const text = readFileSync(join(SRC, f), "utf8");
    return (
      /^\s*(import|export)\s+(?!type\b)[^;]*?from\s+["']docx["']/m.test(text) || /require\(["']docx["']\)/.test(text)
    );
  });
  expect(offenders).toEqual([]);
  const layout = readFileSync(join(SRC, "render/formats/docx/layout.ts"), "utf8");
  expect(layout).toContain('await import("docx")');
});
