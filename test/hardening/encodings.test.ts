import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { EXAMPLE, ROOT, SEED, xfill } from "../helpers/cli.js";

const DIR = relative(ROOT, join(ROOT, "test", "fixtures", "encodings"));
const seedSpeech = readFileSync(SEED, "utf8").split("\n").slice(15).join("\n");
const brief = (stdout: string) =>
  (JSON.parse(stdout).placeholders as { line: number; column: number; text: string; kind: string }[]).map(
    (p) => `${p.line}:${p.column} ${p.text} ${p.kind}`,
  );
const original = brief(xfill(["scan", SEED, "--json"]).stdout);

describe("files in the encodings clerks have give the same results as UTF-8", () => {
  test.each(["seed.gb18030.txt", "seed.utf16le-bom.txt", "seed.utf8-bom-crlf.txt"])("scan %s", (file) => {
    const r = xfill(["scan", join(DIR, file), "--json"]);
    expect(r.code).toBe(0);
    expect(brief(r.stdout)).toEqual(original);
  });

  test.each(["tpl-gb18030", "tpl-utf16le-bom", "tpl-utf8-bom-crlf"])("render %s --blank", (tpl) => {
    const r = xfill(["render", join(DIR, tpl), "--blank"]);
    expect(r.code, r.stderr).toBe(0);
    // The template's own line ends are kept: CRLF in, CRLF out.
    if (tpl.includes("crlf")) expect(r.stdout).toBe(seedSpeech.replace(/\n/g, "\r\n"));
    else expect(r.stdout).toBe(seedSpeech);
  });

  test.each(["data.gb18030-crlf.yaml", "data.utf16le-bom.yaml"])(
    "check and render the complete example saved as %s",
    (file) => {
      expect(xfill(["check", "county-plenary-speech", join(DIR, file)]).code).toBe(0);
      const r = xfill(["render", "county-plenary-speech", join(DIR, file)]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("奋力谱写秦川县新时代");
      // The very speech the UTF-8 example gives.
      expect(r.stdout).toBe(xfill(["render", "county-plenary-speech", EXAMPLE]).stdout);
    },
  );

  test("a wrong value in a GB18030 file with CRLF is placed at the same line and column as in UTF-8", () => {
    const r = xfill(["check", "county-plenary-speech", join(DIR, "data-bad.gb18030-crlf.yaml"), "--json"]);
    expect(r.code).toBe(1);
    const bad = JSON.parse(r.stdout).invalid;
    expect(
      bad.map((e: { code: string; line: number; column: number; found: string }) => [
        e.code,
        e.line,
        e.column,
        e.found,
      ]),
    ).toEqual([["not-number", 67, 23, "约42"]]);
  });
});
