import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { expandDataInputs } from "../../src/cli/expand-inputs.js";
import { tempDir } from "../helpers/cli.js";

let root: string;
beforeAll(() => {
  root = tempDir("xfill-expand-");
  for (const f of [
    "a/云台县.yaml",
    "a/安澜县.yaml",
    "a/柳溪县.yml",
    "a/说明.txt",
    "a/.安澜县.yaml.123.tmp",
    "a/sub/深层县.yaml",
    "b/安澜县.yaml",
    "b/c/d/很深县.yaml",
  ]) {
    mkdirSync(join(root, f, ".."), { recursive: true });
    writeFileSync(join(root, f), "county: x\n");
  }
});

describe("expandDataInputs", () => {
  test("a folder stands for its own .yaml/.yml files, in pinyin order, no hidden files, no subfolders", async () => {
    const r = await expandDataInputs(["a"], root);
    expect(r.files).toEqual([join("a", "安澜县.yaml"), join("a", "柳溪县.yml"), join("a", "云台县.yaml")]);
    expect(r.unmatched).toEqual([]);
  });

  test("patterns: * within a folder, ? for one character, ** across folders", async () => {
    expect((await expandDataInputs(["a/*.yaml"], root)).files).toEqual(["a/安澜县.yaml", "a/云台县.yaml"]);
    expect((await expandDataInputs(["?/??县.yaml"], root)).files).toEqual([
      "a/安澜县.yaml",
      "a/云台县.yaml",
      "b/安澜县.yaml",
    ]);
    expect((await expandDataInputs(["b/**/*.yaml"], root)).files).toEqual(["b/安澜县.yaml", "b/c/d/很深县.yaml"]);
  });

  test("a file named twice (directly and through a folder) is rendered once, where first named", async () => {
    const r = await expandDataInputs(["a/云台县.yaml", "a"], root);
    expect(r.files).toEqual(["a/云台县.yaml", join("a", "安澜县.yaml"), join("a", "柳溪县.yml")]);
  });

  test("a named file that is missing is kept (reported later as unreadable); empty patterns and folders are unmatched", async () => {
    mkdirSync(join(root, "empty"), { recursive: true });
    const r = await expandDataInputs(["没有这个县.yaml", "a/*.json", "empty"], root);
    expect(r.files).toEqual(["没有这个县.yaml"]);
    expect(r.unmatched).toEqual(["a/*.json", "empty"]);
  });
});
