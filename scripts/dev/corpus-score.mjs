#!/usr/bin/env node
// Scores the BUILT scanner (dist/bin/xfill.js scan --json) against the hand labels of test/corpus/:
// per file and in total, recall, precision and kind accuracy (over matched blanks), then the false alarms
// of `check FILE` on the finished texts of test/corpus/finished/. `npm run corpus` builds first.
// Options: --verbose lists every miss, false alarm and wrong kind; --json prints the numbers as JSON.
import { corpusProblems, finishedAlarms, loadCorpus, loadFinished, scoreCorpus } from "./corpus-lib.mjs";

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
const asJson = process.argv.includes("--json");

const corpus = loadCorpus();
const problems = corpus.flatMap(corpusProblems);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(2);
}
const { scores, total } = scoreCorpus(corpus);
const finished = loadFinished().map((f) => ({ ...f, ...finishedAlarms(f.file) }));

if (asJson) {
  const strip = ({ missed, extra, wrongKind, ...s }) => ({
    ...s,
    missed: missed.length,
    extra: extra.length,
    wrongKind: wrongKind.length,
  });
  const fin = finished.map((f) => ({ name: f.name, exit: f.code, alarms: f.alarms.length }));
  console.log(JSON.stringify({ files: scores.map(strip), total, finished: fin }, null, 2));
  process.exit(0);
}

const pct = (x) => x.toFixed(3);
const pad = (s, n) => s + " ".repeat(Math.max(0, n - [...s].length));
console.log(`${pad("file", 34)} blanks found match  recall  precis  kinds`);
for (const s of scores) {
  const r = { recall: s.labels ? s.matched / s.labels : 1, precision: s.found ? s.matched / s.found : 1 };
  const k = s.matched ? s.kindRight / s.matched : 1;
  const cells = [s.labels, s.found, s.matched].map((n) => String(n).padStart(6)).join("");
  console.log(`${pad(s.name, 34)}${cells}  ${pct(r.recall)}   ${pct(r.precision)}   ${pct(k)}`);
  if (verbose) {
    for (const m of s.missed) console.log(`    missed  ${m.line}:${m.column} ${m.text} (${m.kind})  ${m.context}`);
    for (const p of s.extra) console.log(`    extra   ${p.line}:${p.column} ${p.text} (${p.kind})  ${p.context ?? ""}`);
    for (const w of s.wrongKind) {
      console.log(
        `    kind    ${w.label.line}:${w.label.column} ${w.label.text} ${w.found.kind} → ${w.label.kind}  ${w.label.context}`,
      );
    }
  }
}
const cells = [total.labels, total.found, total.matched].map((n) => String(n).padStart(6)).join("");
console.log(`${pad("TOTAL", 34)}${cells}  ${pct(total.recall)}   ${pct(total.precision)}   ${pct(total.kindAccuracy)}`);
console.log(`targets: recall ≥ 0.99, precision ≥ 0.99, kind accuracy ≥ 0.95`);

const alarms = finished.reduce((n, f) => n + f.alarms.length, 0);
console.log(`\nfinished texts: ${finished.length}, false alarms: ${alarms}`);
for (const f of finished) {
  if (f.alarms.length || f.code !== 0 || verbose)
    console.log(`  ${f.name}: exit ${f.code}, ${f.alarms.length} alarm(s)`);
  if (verbose)
    for (const a of f.alarms) console.log(`    ${a.line ?? "?"}:${a.column ?? "?"} ${a.text ?? ""} ${a.message ?? ""}`);
}
