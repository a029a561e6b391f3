import { describe, expect, test } from "vitest";
import { globToRegExp, hasGlobMagic } from "../../src/cli/glob-to-regexp.js";

describe("globToRegExp", () => {
  test.each([
    ["*.yaml", "某县.yaml", true],
    ["*.yaml", "sub/某县.yaml", false],
    ["*.yaml", "某县.yml", false],
    ["*县.y*ml", "秦川县.yaml", true],
    ["*县.y*ml", "秦川区.yaml", false],
    ["??县.yaml", "秦川县.yaml", true],
    ["?县.yaml", "秦川县.yaml", false],
    ["**/*.yaml", "a.yaml", true],
    ["**/*.yaml", "a/b/c.yaml", true],
    ["a/**/c.yaml", "a/c.yaml", true],
    ["a/**/c.yaml", "a/x/y/c.yaml", true],
    ["a/**/c.yaml", "b/x/c.yaml", false],
    ["a/**", "a/x/y.yaml", true],
    ["data(1).yaml", "data(1).yaml", true],
    ["data(1).yaml", "data1.yaml", false],
    ["a+b.yaml", "a+b.yaml", true],
    ["x.yaml", "xxyaml", false],
  ])("%s against %s → %s", (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  test("only * and ? make a pattern; brackets and parentheses are file names", () => {
    expect(hasGlobMagic("data/*.yaml")).toBe(true);
    expect(hasGlobMagic("data/?县.yaml")).toBe(true);
    expect(hasGlobMagic("data/[草稿]某县.yaml")).toBe(false);
    expect(hasGlobMagic("某县(1).yaml")).toBe(false);
  });
});
