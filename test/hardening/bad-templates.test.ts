import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { loadTemplate } from "../../src/index.js";
import { ROOT, xfill } from "../helpers/cli.js";

const CASES = join(ROOT, "test", "fixtures", "bad-templates");
const cases = readdirSync(CASES).sort().map((name) => [name, JSON.parse(readFileSync(join(CASES, name, "expect.json"), "utf8"))] as const);

describe("bad templates are reported when loaded, before any data is read", () => {
  test.each(cases)("%s", async (name, want: { code: string; file: string; line: number; column?: number }) => {
    const dir = relative(ROOT, join(CASES, name));
    const loaded = await loadTemplate(dir);
    expect(loaded.ok).toBe(false);
    const hit = loaded.diagnostics.find((d) => d.code === want.code);
    expect(hit, loaded.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`).join(" ")).toBeDefined();
    expect(hit!.file).toBe(join(dir, want.file));
    expect(hit!.line).toBe(want.line);
    if (want.column) expect(hit!.column).toBe(want.column);
    // Through the CLI: exit 2 even with a data file that does not exist (the template is checked first).
    const r = xfill(["render", dir, "no-such-data.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, want.file)}:${want.line}:`);
    expect(r.stderr).not.toContain("找不到文件");
    expect(r.stderr).toMatchSnapshot();
  });

  test("a misspelt slot gets the closest field suggested", async () => {
    const loaded = await loadTemplate(relative(ROOT, join(CASES, "undefined-slot")));
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.find((d) => d.code === "template-unknown-slot")!.params?.suggestion).toBe("output");
  });
});
