import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { checkDataFile, loadData, loadTemplate } from "../../src/index.js";
import { ROOT, tempDir, xfill } from "../helpers/cli.js";

const CASES = join(ROOT, "test", "fixtures", "bad", "cases");
const loaded = await loadTemplate("county-plenary-speech");
if (!loaded.ok) throw new Error("built-in template does not load");
const template = loaded.template;

interface Expect {
  exit: number;
  code: string | null;
  line?: number;
  column?: number;
  suggestion?: string;
  renders?: string;
  /** Key words of the message, written from the case (its field's label, what was typed), not from the output. */
  words?: string[];
}

const cases = readdirSync(CASES)
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(CASES, name, "expect.json"), "utf8")) as Expect] as const);

describe("bad data files: each gets its code, place and exit code, and nothing is written", () => {
  test.each(cases)("%s", async (name, want) => {
    const data = relative(ROOT, join(CASES, name, "data.yaml"));
    // The diagnostic, through the library: code and position.
    if (want.code && want.exit === 1) {
      const outcome = await checkDataFile(template, data);
      if (!outcome.ok) throw new Error(`${name}: unreadable`);
      const r = outcome.result;
      const all = [...r.errors, ...r.invalid, ...r.unknown, ...r.unfilled, ...r.warnings];
      const hit = all.find(
        (d) => d.code === want.code && (want.line === undefined || (d.line === want.line && d.column === want.column)),
      );
      expect(
        hit,
        `${name}: ${all
          .slice(0, 3)
          .map((d) => `${d.code}@${d.line}:${d.column}`)
          .join(" ")}`,
      ).toBeDefined();
      if (want.suggestion) expect(hit!.params?.suggestion).toBe(want.suggestion);
    }
    // The real CLI: exit code, a message naming the place, no stack trace, nothing written.
    const dir = tempDir();
    const out = join(dir, "讲话.txt");
    const r = xfill(["render", "county-plenary-speech", data, "-o", out]);
    expect(r.code).toBe(want.exit);
    expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    if (want.exit === 0) {
      expect(readFileSync(out, "utf8")).toContain(want.renders!);
      return;
    }
    expect(readdirSync(dir)).toEqual([]);
    // The message naming the place (once), with its key words.
    const place = want.line ? `${data}:${want.line}:${want.column}` : `${data}:`;
    const line = r.stderr.split("\n").find((l) => l.includes(place));
    expect(line, r.stderr).toBeDefined();
    for (const word of want.words ?? []) expect(line).toContain(word);
    expect(line!.split(data).length).toBe(2);
  });

  test("a folder or a missing path where the data file belongs: exit 2", () => {
    const dir = tempDir();
    const folder = xfill(["check", "county-plenary-speech", dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("是文件夹，这里需要一个文件");
    const missing = xfill(["render", "county-plenary-speech", join(dir, "无此文件.yaml"), "-o", join(dir, "out.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${join(dir, "无此文件.yaml")}: 找不到这个文件`);
    expect(existsSync(join(dir, "out.txt"))).toBe(false);
  });

  test("a file over the size cap gets its own message: exit 2", () => {
    const dir = tempDir();
    const big = join(dir, "big.yaml");
    writeFileSync(big, "# " + "很".repeat(400_000) + "\ncounty: 秦川\n");
    const r = xfill(["check", "county-plenary-speech", big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("太大");
  });

  test("__proto__, constructor and prototype never reach object prototypes", () => {
    const text = "__proto__:\n  polluted: 1\nconstructor:\n  prototype:\n    polluted: 2\nprototype: 3\n";
    const data = loadData(text, "p.yaml");
    expect(data.diagnostics.map((d) => d.code)).toEqual(["forbidden-key", "forbidden-key", "forbidden-key"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("an empty output folder is left empty when a draft has nowhere to go", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    const r = xfill(["render", "county-plenary-speech", "examples/秦川县.yaml", "-o", join(dir, "sub")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("是文件夹");
    expect(readdirSync(join(dir, "sub"))).toEqual([]);
  });
});

test("the fixture generator reproduces the committed cases, keeping each case's hand-written key words", () => {
  // Run in a copy: the generator writes test/fixtures/bad/cases from examples/秦川县.yaml.
  const copy = tempDir("xfill-fixtures-");
  for (const dir of ["examples", "test/fixtures/bad"]) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
  execFileSync(process.execPath, ["test/fixtures/bad/make-fixtures.mjs"], { cwd: copy, stdio: "pipe" });
  const made = join(copy, "test", "fixtures", "bad", "cases");
  expect(readdirSync(made).sort()).toEqual(cases.map(([name]) => name));
  for (const [name, want] of cases) {
    const got = JSON.parse(readFileSync(join(made, name, "expect.json"), "utf8")) as Expect;
    expect(got, name).toEqual(want);
    expect(readFileSync(join(made, name, "data.yaml")).equals(readFileSync(join(CASES, name, "data.yaml"))), name).toBe(
      true,
    );
  }
});
