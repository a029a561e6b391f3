// The real-template corpus of issue 10 (test/corpus/README.md): hand labels against the built scanner, and
// every template through import → render --blank → a filled data file → check, and init.
// These are the targets, run with every `npm test` so that CI guards them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  corpusProblems,
  finishedAlarms,
  loadCorpus,
  loadFinished,
  scoreCorpus,
} from "../../scripts/dev/corpus-lib.mjs";
import { tempDir, xfill } from "../helpers/cli.js";
import { badInitBlocks, badLabels, dataByLabels, readFields, speechWithoutChrome } from "./template-checks.js";

const corpus = loadCorpus();
const finished = loadFinished();

describe("the corpus itself", () => {
  it("has real templates, each with hand labels", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(finished.length).toBeGreaterThanOrEqual(3);
    for (const e of corpus) expect(e.labels.length, e.name).toBeGreaterThan(0);
  });

  it.each(corpus.map((e) => [e.name, e] as const))("%s: every label sits on its text, no blank on a chrome line", (_, e) => {
    expect(corpusProblems(e)).toEqual([]);
  });
});

describe("the scanner on the corpus meets issue 10's targets", () => {
  const { scores, total } = scoreCorpus(corpus);
  const detail = scores
    .map((s) => `${s.name}: missed ${s.missed.length}, extra ${s.extra.length}, wrong kind ${s.wrongKind.length}`)
    .join("\n");

  it("recall ≥ 0.99", () => expect(total.recall, detail).toBeGreaterThanOrEqual(0.99));
  it("precision ≥ 0.99", () => expect(total.precision, detail).toBeGreaterThanOrEqual(0.99));
  it("kind accuracy ≥ 0.95", () => expect(total.kindAccuracy, detail).toBeGreaterThanOrEqual(0.95));

  it.each(finished.map((f) => [f.name, f.file] as const))("finished text %s: check FILE raises no alarm", (_, file) => {
    const r = finishedAlarms(file);
    expect(r.alarms).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe.each(corpus.map((e) => [e.name, e] as const))("template %s", (_, e) => {
  const dir = join(tempDir("xfill-corpus-"), "t");
  let imported = { code: -1, stdout: "", stderr: "" };
  beforeAll(() => {
    imported = xfill(["import", e.file, "-o", dir]);
  });

  it("imports with exit 0", () => expect(imported.code, imported.stderr).toBe(0));

  it("renders --blank as the original minus its chrome lines (whitespace aside)", () => {
    const blank = xfill(["render", dir, "--blank"]);
    expect(blank.code, blank.stderr).toBe(0);
    expect(blank.stdout.replace(/\s+/gu, "")).toBe(speechWithoutChrome(e));
  });

  it("passes check with a realistic value for every field, chosen by the hand label's kind", () => {
    const data = join(dir, "..", "data.yaml");
    writeFileSync(data, dataByLabels(dir, e));
    const check = xfill(["check", dir, data, "--json"]);
    const report = JSON.parse(check.stdout || "{}") as Record<string, { key?: string; message?: string }[] | boolean>;
    const problems = ["unfilled", "invalid", "unknown"].flatMap((k) => {
      const list = report[k];
      return Array.isArray(list) ? list.map((d) => `${k} ${d.key}: ${d.message ?? ""}`) : [];
    });
    expect(problems).toEqual([]);
    expect(check.code, check.stderr).toBe(0);
  });

  it("has no label that is a bare unit, a mask or a clause fragment, and init prints each once", () => {
    expect(Object.keys(readFields(dir)).length).toBeGreaterThan(0);
    expect(badLabels(dir)).toEqual([]);
    const init = xfill(["init", dir]);
    expect(init.code, init.stderr).toBe(0);
    expect(badInitBlocks(init.stdout)).toEqual([]);
  });
});
