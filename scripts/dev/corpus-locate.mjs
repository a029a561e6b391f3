#!/usr/bin/env node
// Turns a hand-written label sheet into test/corpus/NN-name.labels.tsv, so that labels are written by reading
// the text (kind + the blank in its words) while line and column are counted by a machine, never guessed.
//
// Sheet (one label a line, in reading order; '#' comments):   KIND <TAB> words around the blank with it in [brackets]
//   county	同叙[XX]事
//   date	于[X月X日]召开
//   -	3+[X]            (a literal X that is not a blank)
//   county	代表\n[XX]\n镇  ("\n" stands for a line break, for text hard-wrapped around a blank)
// Every mask in the text (runs of X x Ｘ × *, "__", 某某) must fall inside a labelled span, or the run stops.
// Usage: node scripts/dev/corpus-locate.mjs test/corpus/NN-name.txt SHEET > test/corpus/NN-name.labels.tsv
import { readFileSync } from "node:fs";

const KINDS = ["county", "place", "person", "name", "count", "amount", "percent", "rank", "date", "ordinal", "-"];
const [textPath, sheetPath] = process.argv.slice(2);
if (!textPath || !sheetPath) {
  console.error("usage: corpus-locate.mjs TEXT SHEET");
  process.exit(2);
}
const text = readFileSync(textPath, "utf8");
const sheet = readFileSync(sheetPath, "utf8").split("\n");

/** 1-based line and code-point column of a UTF-16 offset. */
function place(offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

const rows = [];
const spans = [];
let from = 0;
let failed = false;
for (const [i, raw] of sheet.entries()) {
  if (!raw.trim() || raw.startsWith("#")) continue;
  const [kind, written] = raw.split("\t");
  const snippet = written?.replace(/\\n/g, "\n"); // "\n" in a sheet stands for a line break of the text
  const m = /^(.*?)\[(.+?)\](.*)$/s.exec(snippet ?? "");
  if (!KINDS.includes(kind) || !m) {
    console.error(`${sheetPath}:${i + 1}: want KIND<TAB>words with [blank], got ${JSON.stringify(raw)}`);
    failed = true;
    continue;
  }
  const [, pre, blank, post] = m;
  const at = text.indexOf(pre + blank + post, from);
  if (at < 0) {
    console.error(`${sheetPath}:${i + 1}: ${JSON.stringify(pre + blank + post)} not found after offset ${from}`);
    failed = true;
    continue;
  }
  const start = at + pre.length;
  from = start + blank.length;
  spans.push([start, from]);
  const { line, column } = place(start);
  const lineText = text.split("\n")[line - 1];
  const cps = [...lineText];
  const context = cps.slice(Math.max(0, column - 9), column - 1 + [...blank].length + 8).join("");
  rows.push([line, column, blank, kind, context.replace(/\t/g, " ")]);
}

const mask = /(?<![A-Za-z])[XxＸ×*]+(?![A-Za-z])|_{2,}|某某/g;
for (const m of text.matchAll(mask)) {
  const s = m.index;
  const e = s + m[0].length;
  if (!spans.some(([a, b]) => s >= a && e <= b)) {
    const { line, column } = place(s);
    console.error(`${textPath}:${line}:${column}: unlabelled ${JSON.stringify(m[0])}: ${text.slice(s - 8, e + 8)}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log("line\tcolumn\ttext\tkind\tcontext");
for (const r of rows) console.log(r.join("\t"));
