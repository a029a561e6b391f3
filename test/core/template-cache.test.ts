import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadTemplate } from "../../src/index.js";
import { readCachedAnalysis } from "../../src/template/analysis-cache.js";
import { ROOT } from "../helpers/cli.js";

const dir = join(ROOT, "templates", "county-plenary-speech");
const text = readFileSync(join(dir, "template.hbs"), "utf8");
const fields = readFileSync(join(dir, "fields.yaml"), "utf8");

describe("the build-time analysis of built-in templates", () => {
  test("matches a fresh analysis of the same files", async () => {
    const cached = readCachedAnalysis("county-plenary-speech", text, fields);
    expect(cached).toBeDefined();
    const fresh = await loadTemplate(join("templates", "county-plenary-speech"));
    if (!fresh.ok) throw new Error("does not load");
    expect(cached!.slots).toEqual(fresh.template.slots);
    expect(cached!.fields.fields).toEqual(fresh.template.fields);
    expect(cached!.fields.sections).toEqual(fresh.template.sections);
  });

  test("is ignored as soon as either file changes", () => {
    expect(readCachedAnalysis("county-plenary-speech", text + " ", fields)).toBeUndefined();
    expect(readCachedAnalysis("county-plenary-speech", text, fields.replace("本次县委全会的届次", "本次全会的届次"))).toBeUndefined();
  });
});
