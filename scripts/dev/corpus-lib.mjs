// The template corpus (test/corpus/) and how the scanner scores against its hand labels. Shared by
// scripts/dev/corpus-score.mjs (npm run corpus) and test/corpus/corpus.test.ts, so both count the same way.
// Written independently of src/: it reads the built CLI's JSON only, never the scanner's code.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const CORPUS = join(ROOT, "test", "corpus");
export const FINISHED = join(CORPUS, "finished");
export const BIN = join(ROOT, "dist", "bin", "xfill.js");
export const KINDS = ["county", "place", "person", "name", "count", "amount", "percent", "rank", "date", "ordinal"];

/** Runs the built CLI; never throws. */
export function xfill(args, opts = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, LANG: "C.UTF-8", ...opts.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Reads NN-name.labels.tsv: every blank (kind one of KINDS) and every literal X (kind "-"). */
export function readLabels(path) {
  const rows = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"));
  const [head, ...body] = rows;
  if (!head?.startsWith("line\tcolumn\ttext\tkind"))
    throw new Error(`${path}: header must start line, column, text, kind`);
  return body.map((l, i) => {
    const [line, column, text, kind, context = ""] = l.split("\t");
    const label = { line: Number(line), column: Number(column), text, kind, context, row: i + 2 };
    if (!(label.line > 0 && label.column > 0 && text && (KINDS.includes(kind) || kind === "-"))) {
      throw new Error(`${path}:${i + 2}: bad label row ${JSON.stringify(l)}`);
    }
    return label;
  });
}

/** Reads NN-name.chrome.txt (one line number a line); no file means no chrome. */
export function readChrome(path) {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map(Number);
}

/** Every corpus template: { name, file, text, labels (blanks), literals, chrome }. */
export function loadCorpus(dir = CORPUS) {
  return readdirSync(dir)
    .filter((f) => /^\d\d-.+\.txt$/.test(f) && !f.endsWith(".chrome.txt"))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const stem = file.slice(0, -4);
      const all = readLabels(`${stem}.labels.tsv`);
      return {
        name: basename(stem),
        file,
        text: readFileSync(file, "utf8"),
        labels: all.filter((l) => l.kind !== "-"),
        literals: all.filter((l) => l.kind === "-"),
        chrome: readChrome(`${stem}.chrome.txt`),
      };
    });
}

/** The finished texts (no blanks at all): test/corpus/finished/*.txt. */
export function loadFinished(dir = FINISHED) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f.slice(0, -4), file: join(dir, f) }));
}

/** Problems with the corpus itself: a label whose text is not at its line and column, a chrome line out of range. */
export function corpusProblems(entry) {
  const lines = entry.text.split("\n");
  const out = [];
  for (const l of [...entry.labels, ...entry.literals]) {
    const at = [...(lines[l.line - 1] ?? "")].slice(l.column - 1, l.column - 1 + [...l.text].length).join("");
    if (at !== l.text)
      out.push(
        `${entry.name} ${l.line}:${l.column}: label says ${JSON.stringify(l.text)}, text has ${JSON.stringify(at)}`,
      );
    if (entry.chrome.includes(l.line) && l.kind !== "-") out.push(`${entry.name} ${l.line}: a blank on a chrome line`);
  }
  for (const n of entry.chrome)
    if (!(n >= 1 && n <= lines.length)) out.push(`${entry.name}: chrome line ${n} out of range`);
  return out;
}

/** `scan --json` of the built CLI over some files, one result per file in the same order. */
export function scanFiles(files) {
  const r = xfill(["scan", ...files, "--json"]);
  if (r.code !== 0) throw new Error(`scan exited ${r.code}: ${r.stderr.slice(0, 500)}`);
  const json = JSON.parse(r.stdout);
  return Array.isArray(json) ? json : [json];
}

const span = (p) => [p.column, p.column + [...p.text].length];
const overlaps = (a, b) => a.line === b.line && span(a)[0] < span(b)[1] && span(b)[0] < span(a)[1];

/**
 * Matches the scanner's placeholders to the hand labels of one file: a pair shares a line and overlaps in
 * columns; each side is used once. Returns the counts and the misses, false alarms and wrong kinds by name.
 */
export function scoreFile(entry, placeholders) {
  const used = new Set();
  const matched = [];
  const missed = [];
  for (const label of entry.labels) {
    const i = placeholders.findIndex((p, j) => !used.has(j) && overlaps(label, p));
    if (i < 0) missed.push(label);
    else {
      used.add(i);
      matched.push({ label, found: placeholders[i] });
    }
  }
  const extra = placeholders.filter((_, j) => !used.has(j));
  const wrongKind = matched.filter((m) => m.found.kind !== m.label.kind);
  return {
    name: entry.name,
    labels: entry.labels.length,
    found: placeholders.length,
    matched: matched.length,
    kindRight: matched.length - wrongKind.length,
    missed,
    extra,
    wrongKind,
  };
}

/** Recall, precision and kind accuracy of some file scores taken together (1 where there is nothing to count). */
export function rates(scores) {
  const sum = (k) => scores.reduce((n, s) => n + s[k], 0);
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  return {
    labels: sum("labels"),
    found: sum("found"),
    matched: sum("matched"),
    recall: ratio(sum("matched"), sum("labels")),
    precision: ratio(sum("matched"), sum("found")),
    kindAccuracy: ratio(sum("kindRight"), sum("matched")),
  };
}

/** Scores the whole corpus with the built scanner. */
export function scoreCorpus(corpus = loadCorpus()) {
  const results = scanFiles(corpus.map((e) => e.file));
  const scores = corpus.map((e, i) => scoreFile(e, results[i]?.placeholders ?? []));
  return { scores, total: rates(scores) };
}

/** What `check FILE --json` flags in a finished text: every entry of every list but `ignored`. */
export function finishedAlarms(file) {
  const r = xfill(["check", file, "--json"]);
  let json;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    return { code: r.code, alarms: [{ message: `no JSON (exit ${r.code}): ${r.stderr.slice(0, 200)}` }] };
  }
  const alarms = Object.entries(json)
    .filter(([k, v]) => k !== "ignored" && Array.isArray(v))
    .flatMap(([, v]) => v);
  return { code: r.code, alarms };
}
