import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE, tempDir, xfill } from "../helpers/cli.js";
import { yamlServerDiagnostics } from "../helpers/yaml-lsp.js";

/**
 * Editor help: `init` points the data file at the schema `xfill schema` prints, and the real yaml-language-server
 * (what VS Code's YAML extension runs) then underlines the same fields check reports. Positions are compared as
 * lines (LSP lines are 0-based); the wording may differ.
 */
describe("yaml-language-server reports what check reports", () => {
  it("init writes the modeline first and the schema beside the file, equal to `xfill schema`", () => {
    const dir = tempDir();
    const data = join(dir, "某县.yaml");
    expect(xfill(["init", "county-plenary-speech", "-o", data]).code).toBe(0);
    const text = readFileSync(data, "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./county-plenary-speech.schema.json");
    const schema = JSON.parse(readFileSync(join(dir, "county-plenary-speech.schema.json"), "utf8"));
    expect(schema).toEqual(JSON.parse(xfill(["schema", "county-plenary-speech"]).stdout));
    // A path the user gives is used instead, relative to the data file.
    const other = join(dir, "b.yaml");
    expect(xfill(["init", "county-plenary-speech", "-o", other, "--schema", join(dir, "schemas", "s.json")]).code).toBe(
      2,
    );
    expect(xfill(["init", "county-plenary-speech", "-o", other, "--schema", join(dir, "s.json")]).code).toBe(0);
    expect(readFileSync(other, "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=./s.json");
  });

  it("for a few bad files, the server marks exactly the lines check marks", async () => {
    const dir = tempDir();
    const skeleton = join(dir, "skeleton.yaml");
    expect(xfill(["init", "county-plenary-speech", "-o", skeleton]).code).toBe(0);
    const modeline = readFileSync(skeleton, "utf8").split("\n")[0]!;
    const example = readFileSync(EXAMPLE, "utf8");
    const bad = {
      "数额写了字.yaml": example.replace("    industrialOutput: 42.36\n", "    industrialOutput: 约42\n"),
      "键名打错.yaml": example.replace(
        "    industrialOutput: 42.36\n",
        "    industrialOutput: 42.36\n    industrialOutputt: 1\n",
      ),
      "名次和个数.yaml": example
        .replace("  observedTowns: 7\n", "  observedTowns: 3.5\n")
        .replace(/(\n\s+industrialOutputRank: )\d+/, "$10"),
    };
    const files = Object.entries(bad).map(([name, text]) => {
      expect(text).not.toBe(example);
      const path = join(dir, name);
      writeFileSync(path, `${modeline}\n${text}`);
      return { path, text: `${modeline}\n${text}` };
    });
    const published = await yamlServerDiagnostics(files);
    for (const f of files) {
      const check = JSON.parse(xfill(["check", "county-plenary-speech", f.path, "--json"]).stdout);
      const checkLines = [...check.invalid, ...check.unknown]
        .map((e: { line: number }) => e.line)
        .sort((a, b) => a - b);
      const serverLines = [...new Set(published.get(f.path)!.map((d) => d.range.start.line + 1))].sort((a, b) => a - b);
      expect(checkLines.length, f.path).toBeGreaterThan(0);
      expect(serverLines, f.path).toEqual(checkLines);
    }
  }, 60_000);
});
