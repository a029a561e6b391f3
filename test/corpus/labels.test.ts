// Labels and keys a clerk can read (issue 10), on every corpus template as `import` writes it: labels checked
// against the template's own sentences (Intl.Segmenter's word boundaries) and against labels written by hand
// (label-sample.tsv), keys against Handlebars and a second import. XFILL_LABEL_REPORT=1 prints the counts.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS, loadCorpus } from "../../scripts/dev/corpus-lib.mjs";
import { tempDir, xfill } from "../helpers/cli.js";
import { folderText, keyProblems, labelProblems, readSample, sampleMisses } from "./label-checks.js";
import { readFields } from "./template-checks.js";

const corpus = loadCorpus();
const sample = readSample(join(CORPUS, "label-sample.tsv"));
const tally = { labels: 0, counters: 0, bareOrCut: 0, sample: sample.length, sampleMissed: 0 };

describe("the hand sample", () => {
  it("has at least 40 blanks from at least 12 templates", () => {
    expect(sample.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sample.map((r) => r.file)).size).toBeGreaterThanOrEqual(12);
    const names = new Set(corpus.map((e) => e.name));
    expect(sample.filter((r) => !names.has(r.file))).toEqual([]);
  });
});

describe.each(corpus.map((e) => [e.name, e] as const))("labels and keys of %s", (_, e) => {
  const root = tempDir("xfill-labels-");
  const dir = join(root, "a");
  const again = join(root, "b");
  beforeAll(() => {
    expect(xfill(["import", e.file, "-o", dir]).code).toBe(0);
    expect(xfill(["import", e.file, "-o", again]).code).toBe(0);
  });

  it("no label is a bare unit, cut mid-word, from the next clause, or told apart by a counter", () => {
    const problems = labelProblems(dir, e);
    tally.labels += Object.values(readFields(dir)).filter((f) => f.kind !== "county").length;
    const keysOf = (list: string[]) => new Set(list.map((p) => p.slice(0, p.indexOf(": “")))).size;
    tally.counters += keysOf(problems.filter((p) => p.includes("counter")));
    tally.bareOrCut += keysOf(problems.filter((p) => !p.includes("counter")));
    expect(problems).toEqual([]);
  });

  it("every label is unique", () => {
    const labels = Object.values(readFields(dir)).map((f) => f.label);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });

  it("keys are Handlebars paths read from the label, grouped under the headings, the same on a second import", () => {
    expect(keyProblems(dir, e)).toEqual([]);
    expect(folderText(again)).toBe(folderText(dir));
  });

  it("the hand-sampled blanks' labels hold what a clerk expects", () => {
    const misses = sampleMisses(dir, e, sample.filter((r) => r.file === e.name));
    tally.sampleMissed += misses.length;
    expect(misses).toEqual([]);
  });
});

afterAll(() => {
  if (!process.env.XFILL_LABEL_REPORT) return;
  const rate = ((tally.sample - tally.sampleMissed) / tally.sample).toFixed(3);
  console.log(
    `labels ${tally.labels}: counters ${tally.counters}, bare/cut/next-clause ${tally.bareOrCut}; ` +
      `hand sample ${tally.sample - tally.sampleMissed}/${tally.sample} (${rate})`,
  );
});
