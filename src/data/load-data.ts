import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from "yaml";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { codePointLength } from "../source/line-counter.js";
import type { DataEntry, DataFile, Place } from "./data-file.js";

/** Keys that would reach object prototypes if a value ever became an object key; always refused. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Reads a data file's YAML keeping each value's source text and position. Values are never converted to
 * numbers here: the kind of the field decides what the typed text means.
 */
export function loadData(text: string, path: string): DataFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  const place = (range: readonly number[] | null | undefined): Place => {
    const start = range?.[0] ?? 0;
    const end = Math.max(start, range?.[1] ?? start);
    const p = lc.linePos(start);
    const lineStart = start - (p.col - 1);
    return { line: p.line, column: codePointLength(text, lineStart, start) + 1, length: Math.max(1, codePointLength(text, start, end)) };
  };
  const file: DataFile = { path, text, entries: new Map(), sections: new Map(), diagnostics: [] };
  const diag = (code: string, range: readonly number[] | null | undefined, fields: Partial<Diagnostic> = {}) =>
    file.diagnostics.push(error(code, { file: path, ...place(range), ...fields }));

  for (const e of doc.errors) {
    const code = e.code === "DUPLICATE_KEY" ? "duplicate-key" : e.code === "MULTIPLE_DOCS" ? "multi-document" : "yaml-syntax";
    const key = code === "duplicate-key" ? duplicateKeyAt(text, e.pos[0]) : undefined;
    diag(code, e.pos, { key, params: { detail: firstLine(e.message) } });
  }
  if (doc.errors.length > 0) return file;
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ""))) {
    diag("empty-file", [0, 0]);
    return file;
  }
  if (!isMap(root)) {
    diag("not-mapping", (root as Node).range, { params: { shape: shapeOf(root as Node) } });
    return file;
  }
  walk(doc, root.items as Pair[], "", file, diag, place);
  return file;
}

function walk(
  doc: Document,
  pairs: Pair[],
  prefix: string,
  file: DataFile,
  diag: (code: string, range: readonly number[] | null | undefined, fields?: Partial<Diagnostic>) => void,
  place: (range: readonly number[] | null | undefined) => Place,
): void {
  for (const pair of pairs) {
    const keyNode = pair.key as Node | null;
    const name = isScalar(keyNode) ? String(keyNode.value) : "";
    const key = prefix ? `${prefix}.${name}` : name;
    if (!isScalar(keyNode) || FORBIDDEN_KEYS.has(name)) {
      diag("forbidden-key", keyNode?.range, { key });
      continue;
    }
    let value = pair.value as Node | null;
    if (isAlias(value)) value = (value.resolve(doc) as Node | undefined) ?? null;
    const keyPlace = place(keyNode.range);
    if (isMap(value)) {
      file.sections.set(key, keyPlace);
      walk(doc, value.items as Pair[], key, file, diag, place);
      continue;
    }
    const entry: DataEntry = {
      key,
      type: value === null || isScalar(value) ? "scalar" : isSeq(value) ? "seq" : "other",
      source: isScalar(value) ? scalarSource(value) : "",
      keyPlace,
      valuePlace: value?.range ? place(value.range) : { line: keyPlace.line, column: keyPlace.column + keyPlace.length + 1, length: 1 },
    };
    file.entries.set(key, entry);
  }
}

/** The scalar as typed: its source for plain scalars, its value for quoted and block ones. */
function scalarSource(node: import("yaml").Scalar): string {
  if (node.value === null) return "";
  if (node.type === "PLAIN" && typeof node.source === "string") return node.source;
  return String(node.value);
}

function shapeOf(node: Node): string {
  return isSeq(node) ? "seq" : isScalar(node) ? "scalar" : "other";
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

/** The key text at a duplicate-key error's offset. */
function duplicateKeyAt(text: string, offset: number): string {
  return /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() ?? "";
}
