import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { outputPathFor } from "../../src/batch/output-path.js";
import { progressLine } from "../../src/cli/progress-bar.js";
import { runPool } from "../../src/batch/run-pool.js";
import { displayWidth } from "../../src/diagnostics/display-width.js";

describe("outputPathFor", () => {
  test.each([
    ["data/某县.yaml", "docx", join("out", "某县.docx")],
    ["某县.yml", "txt", join("out", "某县.txt")],
    ["data/某县.v2.yaml", "html", join("out", "某县.v2.html")],
    ["noext", "md", join("out", "noext.md")],
  ] as const)("%s as %s → %s", (data, format, expected) => {
    expect(outputPathFor(data, "out", format)).toBe(expected);
  });
});

describe("runPool", () => {
  test("keeps input order and never runs more than the limit at once", async () => {
    let running = 0;
    let peak = 0;
    const out = await runPool([5, 1, 4, 2, 3], 2, async (n) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, n * 3));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});

describe("progressLine", () => {
  test("fills the bar in proportion and ends full", () => {
    expect(progressLine(0, 100, "a.yaml", 10)).toBe("[          ]    0/100  a.yaml");
    expect(progressLine(50, 100, "a.yaml", 10)).toBe("[====>     ]   50/100  a.yaml");
    expect(progressLine(100, 100, "a.yaml", 10)).toBe("[==========]  100/100  a.yaml");
  });

  test("a long Chinese file name is cut at the front so the line stays short", () => {
    const line = progressLine(1, 2, "某省/某市/" + "很长的县名".repeat(10) + ".yaml", 10);
    expect(line).toMatch(/ {2}…[^/]*\.yaml$/);
    expect(displayWidth(line)).toBeLessThanOrEqual(10 + 2 + 2 + 3 + 2 + 30);
  });
});
