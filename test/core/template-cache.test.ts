import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { analyseTemplate } from "../../src/template/analyse-template.js";
import { readCachedAnalysis } from "../../src/template/analysis-cache.js";
import { loadTemplate } from "../../src/template/load-template.js";
import { ROOT, tempDir } from "../helpers/cli.js";

// Counts the analyses loadTemplate runs, to tell a cache hit from a fresh analysis.
vi.mock("../../src/template/analyse-template.js", async (original) => {
  const real = await original<typeof import("../../src/template/analyse-template.js")>();
  return { ...real, analyseTemplate: vi.fn(real.analyseTemplate) };
});

const dir = join(ROOT, "templates", "county-plenary-speech");
const text = readFileSync(join(dir, "template.hbs"), "utf8");
const fields = readFileSync(join(dir, "fields.yaml"), "utf8");

describe("the build-time analysis of built-in templates", () => {
  test("matches a fresh analysis of the same files", async () => {
    const cached = readCachedAnalysis("county-plenary-speech", text, fields);
    expect(cached).toBeDefined();
    // Analysed here, directly: no path or name can send this through the cache.
    const fresh = await analyseTemplate(text, fields, join(dir, "template.hbs"), join(dir, "fields.yaml"));
    if (!fresh.ok) throw new Error("does not load");
    expect(cached!.slots).toEqual(fresh.analysis.slots);
    expect(cached!.fields.fields).toEqual(fresh.analysis.fields.fields);
    expect(cached!.fields.sections).toEqual(fresh.analysis.fields.sections);
    expect(cached!.fields.places).toEqual(fresh.analysis.fields.places);
  });

  test("is what loadTemplate uses for the built-in name; a copy of the folder elsewhere is analysed afresh", async () => {
    const analyses = vi.mocked(analyseTemplate);
    analyses.mockClear();
    const builtin = await loadTemplate("county-plenary-speech", { render: false });
    expect(builtin.ok).toBe(true);
    expect(analyses).not.toHaveBeenCalled();
    const copy = join(tempDir(), "county-plenary-speech");
    cpSync(dir, copy, { recursive: true });
    const copied = await loadTemplate(copy, { render: false });
    expect(copied.ok).toBe(true);
    expect(analyses).toHaveBeenCalledTimes(1);
    if (!builtin.ok || !copied.ok) return;
    expect(builtin.template.slots).toEqual(copied.template.slots);
  });

  test("is ignored as soon as either file changes", () => {
    expect(readCachedAnalysis("county-plenary-speech", text + " ", fields)).toBeUndefined();
    expect(
      readCachedAnalysis("county-plenary-speech", text, fields.replace("本次县委全会的届次", "本次全会的届次")),
    ).toBeUndefined();
  });
});
