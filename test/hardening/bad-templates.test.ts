import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { loadTemplate } from "../../src/index.js";
import { ROOT, xfill } from "../helpers/cli.js";

/** Words of zod (in English or its zh-CN locale), yaml and Handlebars, which a user must never read. */
const RAW_LIBRARY_WORDING = /无效输入|期望|Expecting|Invalid input|expected|Parse error|implicit|flow collection/i;

const CASES = join(ROOT, "test", "fixtures", "bad-templates");
const cases = readdirSync(CASES)
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(CASES, name, "expect.json"), "utf8"))] as const);

describe("bad templates are reported when loaded, before any data is read", () => {
  test.each(cases)(
    "%s",
    async (name, want: { code: string; file: string; line: number; column?: number; words: string[] }) => {
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
      expect(r.stderr).not.toContain("找不到这个文件");
      // The message on the problem's own line: its key words, the place said once, no library's own wording.
      const place = `${join(dir, want.file)}:${want.line}:${want.column ?? ""}`;
      const line = r.stderr.split("\n").find((l) => l.startsWith(place))!;
      expect(line, r.stderr).toBeDefined();
      for (const word of want.words) expect(line).toContain(word);
      expect(line.split(join(dir, want.file)).length).toBe(2);
      expect(line).not.toMatch(RAW_LIBRARY_WORDING);
    },
  );

  test("a misspelt slot gets the closest field suggested", async () => {
    const loaded = await loadTemplate(relative(ROOT, join(CASES, "undefined-slot")));
    expect(loaded.ok).toBe(false);
    const hit = loaded.diagnostics.find((d) => d.code === "template-unknown-slot")!;
    expect(hit.params?.suggestion).toBe("output");
    expect(hit.params?.suggestionLabel).toBe("总产值");
  });
});
