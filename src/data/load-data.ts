import type { MessageCode } from "../diagnostics/message-table.js";
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { error, warning, type Diagnostic } from "../diagnostics/diagnostic.js";
import { codePointLength, LineCounter } from "../diagnostics/line-counter.js";
import { PositionCursor } from "../diagnostics/position-cursor.js";
import { hasReservedPart } from "../template/field-def.js";
import type { DataEntry, DataFile, Place } from "./data-file.js";
import { findTypingSlips } from "./typing-slips.js";
import { loadKeyValueLines } from "./load-key-value-lines.js";
import { placeYamlError } from "../source/yaml-error-place.js";

/** A data file has a few hundred entries at most; aliases expanding past this are a "billion laughs". */
export const MAX_ENTRIES = 10_000;

type Range = readonly number[] | null | undefined;

/**
 * Reads a data file's YAML keeping each value's source text and position. Values are never converted to
 * numbers here: the kind of the field decides what the typed text means. Never throws on bad input. A file of
 * `key: value` and `key:` lines with comments (what init writes, and most clerks keep) is read without the YAML
 * parser, to the same result (loadKeyValueLines).
 */
export function loadData(text: string, path: string): DataFile {
  return loadKeyValueLines(text, path, MAX_ENTRIES) ?? loadDataWithYaml(text, path);
}

/** loadData through the YAML parser, whatever the text: exported for the test that holds loadKeyValueLines to it. */
export function loadDataWithYaml(text: string, path: string): DataFile {
  // Duplicate keys are found by the walker with one Set per mapping: yaml's own uniqueKeys check compares
  // each key with every earlier one (40,000 keys took minutes).
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true });
  // The walk asks for places in ascending order, which a cursor answers without a table of every line start;
  // an alias points back, and only then is the table built.
  const cursor = new PositionCursor(text);
  let lines: LineCounter | undefined;
  let last = 0;
  const place = (range: Range): Place => {
    const start = Math.min(range?.[0] ?? 0, text.length);
    const end = Math.min(Math.max(start, range?.[1] ?? start), text.length);
    const at = start >= last ? cursor.at((last = start)) : (lines ??= new LineCounter(text)).linePos(start);
    return { line: at.line, column: at.column, length: Math.max(1, codePointLength(text, start, end)) };
  };
  const file: DataFile = { path, text, entries: new Map(), sections: new Map(), broken: false, diagnostics: [] };
  const fail = (code: MessageCode, where: Place, fields: Partial<Diagnostic> = {}) => {
    file.broken = true;
    file.diagnostics.push(error(code, { file: path, ...where, ...fields }));
  };

  const root = doc.contents;
  const broken = doc.errors.length > 0 || (root !== null && !isMap(root) && !isEmptyScalar(root));
  if (broken) {
    // Typing slips explain most broken files better than the parser can; report them first.
    const slips = findTypingSlips(text);
    for (const s of slips) fail(s.code, { line: s.line, column: s.column, length: 1 }, { key: s.key });
    const slipLines = new Set(slips.map((s) => s.line));
    // After the first syntax error the parser's further errors are mostly echoes of it: report one.
    for (const e of doc.errors.slice(0, 1)) {
      const { code, start, end } = placeYamlError(text, e);
      const where = place([start, end]);
      if (slipLines.has(where.line)) continue;
      fail(code, where, { key: code === "duplicate-key" ? keyAt(text, e.pos[0]) : undefined });
    }
    if (doc.errors.length === 0 && slips.length === 0)
      fail("not-mapping", place((root as Node).range), {
        params: { shape: isSeq(root) ? "seq" : isScalar(root) ? "scalar" : "other" },
      });
    return file;
  }
  if (root === null || isEmptyScalar(root)) {
    file.diagnostics.push(warning("empty-file", { file: path, line: 1, column: 1 }));
    return file;
  }
  const walker = new Walker(doc, file, place);
  walker.walk(root as YAMLMap, "", new Set());
  if (walker.duplicate) {
    file.entries.clear();
    file.sections.clear();
    file.diagnostics.length = 0;
    fail("duplicate-key", walker.duplicate.place, { key: walker.duplicate.key });
  } else if (walker.count > MAX_ENTRIES) {
    file.entries.clear();
    file.sections.clear();
    // Past the limit through aliases is a "billion laughs"; without any, simply far more keys than a data file has.
    const code = walker.followedAlias ? "alias-limit" : "too-many-entries";
    fail(code, walker.limitPlace ?? { line: 1, column: 1, length: 1 }, { params: { max: MAX_ENTRIES } });
  }
  return file;
}

/** Walks nested mappings, turning each non-mapping value into an entry keyed by its dotted path. */
class Walker {
  count = 0;
  constructor(
    private readonly doc: Document,
    private readonly file: DataFile,
    private readonly place: (range: Range) => Place,
  ) {}

  /** Where the entry limit was crossed, for the alias-limit message. */
  limitPlace: Place | undefined;
  /** Whether any alias was expanded (which makes the entry limit an alias bomb rather than a long file). */
  followedAlias = false;
  /** The first key written twice in one mapping: which value is meant is unknown, so the file is broken. */
  duplicate: { place: Place; key: string } | undefined;

  walk(map: YAMLMap, prefix: string, ancestors: Set<YAMLMap>): void {
    ancestors.add(map);
    const seen = new Set<string>();
    for (const pair of map.items as Pair[]) {
      if (++this.count > MAX_ENTRIES) {
        this.limitPlace ??= this.place((pair.value as Node | null)?.range ?? (pair.key as Node | null)?.range);
        return;
      }
      const keyNode = pair.key as Node | null;
      const name = isScalar(keyNode) ? String(keyNode.value) : "";
      const key = prefix ? `${prefix}.${name}` : name;
      const keyPlace = this.place(keyNode?.range);
      if (isScalar(keyNode)) {
        if (seen.has(name)) {
          this.duplicate ??= { place: keyPlace, key };
          continue;
        }
        seen.add(name);
      }
      if (!isScalar(keyNode) || hasReservedPart(name)) {
        this.note("forbidden-key", keyPlace, key);
        continue;
      }
      let value = pair.value as Node | null;
      const aliasRange = isAlias(value) ? value.range : undefined;
      if (isAlias(value)) {
        this.followedAlias = true;
        value = (value.resolve(this.doc) as Node | undefined) ?? null;
      }
      if (aliasRange && value === null) {
        this.file.entries.set(key, { key, type: "alias", source: "", keyPlace, valuePlace: this.place(aliasRange) });
        continue;
      }
      if (isMap(value)) {
        if (ancestors.has(value)) {
          this.note("bad-alias", keyPlace, key);
          continue;
        }
        this.file.sections.set(key, keyPlace);
        this.walk(value, key, new Set(ancestors));
        continue;
      }
      const entry: DataEntry = {
        key,
        type: value === null || isScalar(value) ? "scalar" : isSeq(value) ? "seq" : "other",
        source: isScalar(value) ? scalarSource(value) : "",
        keyPlace,
        valuePlace: value?.range
          ? this.place(value.range)
          : { line: keyPlace.line, column: keyPlace.column + keyPlace.length + 1, length: 1 },
      };
      this.file.entries.set(key, entry);
    }
  }

  private note(code: MessageCode, where: Place, key: string): void {
    this.file.diagnostics.push(error(code, { file: this.file.path, ...where, key, label: key }));
  }
}

/** The scalar as typed: its source for plain scalars, its value for quoted and block ones. */
function scalarSource(node: Scalar): string {
  if (node.value === null || node.value === undefined) return "";
  if (node.type === "PLAIN" && typeof node.source === "string") return node.source;
  return String(node.value);
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && (node.value === null || node.value === "");
}

/** The key text at a duplicate-key error's offset. */
function keyAt(text: string, offset: number): string {
  return /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() ?? "";
}
