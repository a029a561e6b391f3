import { isMap, isScalar, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";

/** One value to set: the path of keys from the root, and the scalar exactly as it should read back ("" or null: empty). */
export interface YamlEdit {
  path: readonly string[];
  value: string | null;
}

/**
 * The edited text; or why the edit could not be made (code `edit-…`, `key` the path where it stopped): the
 * text is not sound YAML, a key on the path holds something that is not a mapping, and for entry edits the
 * value is not a scalar, the mapping is a one-line `{…}`, the key is missing or already there.
 */
export type YamlEditResult = Result<{ text: string }>;

/** Why an entry edit could not be made (the diagnostic's code is `edit-` and this). */
export type EntryEditFailure = "yaml-error" | "not-mapping" | "not-scalar" | "flow-mapping" | "missing" | "exists";

function refused(reason: EntryEditFailure, key?: string): { ok: false; diagnostics: Diagnostic[] } {
  return failure(error(`edit-${reason}`, key === undefined ? {} : { key }));
}

/**
 * Sets scalar values in a YAML text and changes nothing else: every comment (inline ones too), blank line,
 * key order, quoting style of other values, line ending and byte outside the edited values stays as it was.
 * The parsed document only says where things are; the edit itself splices the text, because re-printing a
 * document (or yaml's setIn, which replaces the node) loses formatting and inline comments. A key that is
 * missing is added at the end of its mapping, creating the mappings on its path as needed.
 */
export function setScalars(text: string, edits: readonly YamlEdit[]): YamlEditResult {
  let out = text;
  for (const edit of edits) {
    const r = setScalar(out, edit.path, edit.value);
    if (!r.ok) return r;
    out = r.text;
  }
  return { ok: true, diagnostics: [], text: out };
}

/** Sets one scalar (see setScalars). */
export function setScalar(text: string, path: readonly string[], value: string | null): YamlEditResult {
  if (path.length === 0) throw new Error("setScalar: empty path");
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
  if (doc.errors.length > 0) return refused("yaml-error");
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const v = value ?? "";

  // Walk down as far as the path exists.
  let map: YAMLMap | null = rootMap(doc);
  if (map === null && !isEmptyRoot(doc)) return refused("not-mapping", "");
  let depth = 0;
  for (; map && depth < path.length; depth++) {
    const pair = findPair(map, path[depth]!);
    if (!pair) break;
    const node = pair.value as Node | null;
    if (depth === path.length - 1) return replaceValue(text, pair, v, doc, path);
    if (isMap(node)) {
      if (node.flow) return viaDocument(doc, path, v);
      map = node;
      continue;
    }
    if (node === null || (isScalar(node) && (node.value === null || node.value === ""))) {
      // An empty `key:` that should be a mapping: write the rest of the path under it.
      return insertUnder(text, pair, path.slice(depth + 1), v, eol);
    }
    return refused("not-mapping", path.slice(0, depth + 1).join("."));
  }
  if (map?.flow) return viaDocument(doc, path, v);
  return appendToMap(text, map, path.slice(depth), v, eol);
}

/** The scalar as it is written after a colon: plain when it reads back exactly, else double-quoted. */
export function yamlScalarText(value: string): string {
  if (value === "") return "";
  if (readsBackPlain(value)) return value;
  return JSON.stringify(value);
}

function readsBackPlain(value: string): boolean {
  if (value !== value.trim() || /[\n\r\t]/.test(value)) return false;
  const doc = parseDocument(`k: ${value}\n`);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  const node = (doc.contents as YAMLMap | null)?.items?.[0]?.value;
  return (
    isScalar(node) &&
    node.type === "PLAIN" &&
    node.source === value &&
    node.value !== null &&
    (doc.contents as YAMLMap).items.length === 1
  );
}

function keyText(key: string): string {
  return /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff.-]*$/.test(key) && readsBackPlain(key) ? key : JSON.stringify(key);
}

function rootMap(doc: Document): YAMLMap | null {
  return isMap(doc.contents) ? (doc.contents as YAMLMap) : null;
}

function isEmptyRoot(doc: Document): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && (c.value === null || c.value === ""));
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return (map.items as Pair[]).find((p) => isScalar(p.key) && String((p.key as Scalar).value) === key);
}

function replaceValue(text: string, pair: Pair, value: string, doc: Document, path: readonly string[]): YamlEditResult {
  const node = pair.value as Node | null;
  const written = yamlScalarText(value);
  if (node !== null && !isScalar(node)) return viaDocument(doc, path, value);
  const scalar = node as Scalar | null;
  if (scalar === null || scalar.value === null || (scalar.range && scalar.range[0] === scalar.range[1])) {
    // `key:` with nothing (or only a comment) after it: the value goes right after the colon.
    const colon = text.indexOf(":", (pair.key as Node).range![1]);
    if (colon < 0) return viaDocument(doc, path, value);
    return {
      ok: true,
      diagnostics: [],
      text: written === "" ? text : `${text.slice(0, colon + 1)} ${written}${text.slice(colon + 1)}`,
    };
  }
  let [start, end] = scalar.range!;
  let keepEnd = "";
  if (scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED") {
    // A block scalar's range runs to the end of its last line; keep that line break.
    const m = /(\r?\n)*$/.exec(text.slice(start, end));
    keepEnd = m?.[0] ? (m[0].startsWith("\r") ? "\r\n" : "\n") : "";
  }
  if (written === "") {
    // Emptying a value: drop it and the spaces between it and the colon.
    while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  }
  return {
    ok: true,
    diagnostics: [],
    text: text.slice(0, start) + (written === "" ? "" : written) + keepEnd + text.slice(end),
  };
}

/** Lines for the missing keys `rest` (nested), each level indented two more spaces than `indent`. */
function newLines(rest: readonly string[], value: string, indent: number, eol: string): string {
  const written = yamlScalarText(value);
  return rest
    .map(
      (k, i) =>
        `${" ".repeat(indent + 2 * i)}${keyText(k)}:${i === rest.length - 1 && written !== "" ? ` ${written}` : ""}`,
    )
    .join(eol);
}

function appendToMap(
  text: string,
  map: YAMLMap | null,
  rest: readonly string[],
  value: string,
  eol: string,
): YamlEditResult {
  if (map === null || map.items.length === 0) {
    // An empty document (perhaps only comments): the keys go at its end, at the left margin.
    const lead = text === "" || text.endsWith("\n") ? "" : eol;
    return { ok: true, diagnostics: [], text: `${text}${lead}${newLines(rest, value, 0, eol)}${eol}` };
  }
  const first = (map.items[0] as Pair).key as Node;
  const indent = columnOf(text, first.range![0]);
  const last = map.items[map.items.length - 1] as Pair;
  const lastNode = (last.value as Node | null) ?? (last.key as Node);
  // After the line the mapping's last entry ends on (its trailing comment included).
  let at = lastNode.range![1];
  if (at === 0 || text[at - 1] !== "\n") {
    const nl = text.indexOf("\n", at);
    at = nl < 0 ? text.length : nl + 1;
  }
  const lead = at === text.length && !text.endsWith("\n") ? eol : "";
  return {
    ok: true,
    diagnostics: [],
    text: `${text.slice(0, at)}${lead}${newLines(rest, value, indent, eol)}${eol}${text.slice(at)}`,
  };
}

function insertUnder(text: string, pair: Pair, rest: readonly string[], value: string, eol: string): YamlEditResult {
  const key = pair.key as Node;
  const indent = columnOf(text, key.range![0]) + 2;
  const node = pair.value as Node | null;
  // Past the `key:` line (and its inline comment).
  const from = node?.range ? Math.max(node.range[0], key.range![1]) : key.range![1];
  const nl = text.indexOf("\n", from);
  const at = nl < 0 ? text.length : nl + 1;
  const lead = nl < 0 ? eol : "";
  return {
    ok: true,
    diagnostics: [],
    text: `${text.slice(0, at)}${lead}${newLines(rest, value, indent, eol)}${eol}${text.slice(at)}`,
  };
}

function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return offset - lineStart;
}

/** Flow mappings and non-scalar values are rare in data files: there the document is edited and re-printed. */
function viaDocument(doc: Document, path: readonly string[], value: string): YamlEditResult {
  const target = doc.getIn(path, true) as Node | undefined;
  if (isScalar(target)) {
    // Change the node in place so its comment stays (setIn would replace it).
    target.value = value === "" ? null : value;
    if (!readsBackPlain(value)) target.type = "QUOTE_DOUBLE";
  } else doc.setIn(path, value === "" ? null : value);
  return { ok: true, diagnostics: [], text: doc.toString() };
}

// ── Entries as a whole (sync, init --from): comments above and after a value, positioned inserts, removal, renames.

/** An entry edit's text, or why it could not be made (see YamlEditResult). */
export type EntryEditResult = YamlEditResult;

/**
 * Replaces the inline comment after the value at a key path ("" removes it). A function gets the comment
 * already there (without "#"), if any — so a note can be added in front of what the clerk wrote.
 */
export function setInlineComment(
  text: string,
  path: readonly string[],
  comment: string | ((old: string | undefined) => string),
): EntryEditResult {
  return keepingLineEnds(text, (t) => {
    const found = locate(t, path);
    if (!found.ok) return found;
    if (!found.pair || found.depth !== path.length) return refused("missing", path.join("."));
    const node = found.pair.value as Node | null;
    if (node !== null && !isScalar(node)) return refused("not-scalar", path.join("."));
    const scalar = node as Scalar | null;
    if (scalar?.type === "BLOCK_LITERAL" || scalar?.type === "BLOCK_FOLDED")
      return refused("not-scalar", path.join("."));
    const colon = t.indexOf(":", rangeOf(found.pair.key)[1]);
    const valueEnd = scalar?.range && scalar.value !== null ? scalar.range[1] : colon + 1;
    const to = lineEndAt(t, valueEnd);
    const old = /^\s*#\s?(.*)$/.exec(t.slice(valueEnd, to))?.[1]?.trim();
    const next = typeof comment === "function" ? comment(old) : comment;
    return { ok: true, diagnostics: [], text: t.slice(0, valueEnd) + (next === "" ? "" : `  # ${next}`) + t.slice(to) };
  });
}

export interface AddEntryOptions {
  /** Comment lines (without "#") written above the new key. */
  commentLines?: readonly string[];
  /** Inline comment after the new value. */
  comment?: string;
  /** Where the new key goes among its siblings: after or before this sibling key (else last). */
  after?: string;
  before?: string;
}

/**
 * Adds a key that is missing — with the mappings on its way, its comment lines and its value — at a chosen place
 * among its siblings. An existing key is refused (`edit-exists`: use setScalar to change a value).
 */
export function addEntry(
  text: string,
  path: readonly string[],
  value: string | null,
  opts: AddEntryOptions = {},
): EntryEditResult {
  return keepingLineEnds(text, (t) => {
    const found = locate(t, path);
    if (!found.ok) return found;
    if (found.pair && found.depth === path.length) return refused("exists", path.join("."));
    if (found.parent.flow) return refused("flow-mapping", path.slice(0, found.depth).join("."));
    return insertEntry(t, found.parent, path.slice(found.depth), value, opts, found.depth);
  });
}

/** Removes the entry at a key path together with the comment lines directly above it; returns the removed lines. */
export function removeEntry(text: string, path: readonly string[]): Result<{ text: string; removed: string }> {
  const crlf = text.includes("\r\n");
  const t = crlf ? text.replace(/\r\n/g, "\n") : text;
  const found = locate(t, path);
  if (!found.ok) return found;
  if (!found.pair || found.depth !== path.length) return refused("missing", path.join("."));
  const start = commentBlockStart(t, lineStartAt(t, rangeOf(found.pair.key)[0]));
  const end = entryEnd(t, found.pair);
  const crlfBack = (s: string) => (crlf ? s.replace(/\n/g, "\r\n") : s);
  return {
    ok: true,
    diagnostics: [],
    text: crlfBack(t.slice(0, start) + t.slice(end)),
    removed: crlfBack(t.slice(start, end)),
  };
}

/** Renames the last key of a path in place (value, comments and position unchanged). */
export function renameKey(text: string, path: readonly string[], newName: string): EntryEditResult {
  const found = locate(text, path);
  if (!found.ok) return found;
  if (!found.pair || found.depth !== path.length) return refused("missing", path.join("."));
  const [s, e] = rangeOf(found.pair.key);
  return { ok: true, diagnostics: [], text: text.slice(0, s) + keyText(newName) + text.slice(e) };
}

/** The comment lines (without "#" and one following space) directly above the entry at a key path. */
export function commentsAbove(text: string, path: readonly string[]): string[] {
  const t = text.replace(/\r\n/g, "\n");
  const found = locate(t, path);
  if (!found.ok || !found.pair || found.depth !== path.length) return [];
  const keyLine = lineStartAt(t, rangeOf(found.pair.key)[0]);
  return t
    .slice(commentBlockStart(t, keyLine), keyLine)
    .split("\n")
    .filter((l) => l.trim().startsWith("#"))
    .map((l) => l.trim().replace(/^#\s?/, ""));
}

/** Runs an edit on LF text and gives a CRLF file its CRLF back, so Windows files stay Windows files. */
function keepingLineEnds(text: string, edit: (lf: string) => EntryEditResult): EntryEditResult {
  if (!text.includes("\r\n")) return edit(text);
  const r = edit(text.replace(/\r\n/g, "\n"));
  return r.ok ? { ...r, text: r.text.replace(/\n/g, "\r\n") } : r;
}

type Located = Result<{ pair: Pair | undefined; parent: YAMLMap & { indentHint?: number }; depth: number }>;

/** Follows a key path as far as it exists: the last pair found, the mapping it sits in, and how many keys matched. */
function locate(text: string, path: readonly string[]): Located {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return refused("yaml-error");
  const emptyMap = (at: number, indentHint?: number) => {
    const m = parseDocument("{}").contents as YAMLMap & { indentHint?: number };
    m.range = [at, at, at];
    m.flow = false;
    m.indentHint = indentHint;
    return m;
  };
  if (isEmptyRoot(doc))
    return { ok: true, diagnostics: [], pair: undefined, parent: emptyMap(text.length, 0), depth: 0 };
  let map = rootMap(doc);
  if (!map) return refused("not-mapping", "");
  let pair: Pair | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const next = findPair(map, path[depth]!);
    if (!next) return { ok: true, diagnostics: [], pair, parent: map, depth };
    pair = next;
    if (depth === path.length - 1) return { ok: true, diagnostics: [], pair, parent: map, depth: depth + 1 };
    const value = next.value as Node | null;
    if (isMap(value)) map = value;
    else if (value === null || (isScalar(value) && (value.value === null || value.value === ""))) {
      // `section:` with nothing under it yet: new keys go below it, one level in.
      const eol = lineEndAt(text, rangeOf(next.value, rangeOf(next.key)[1])[1]);
      return {
        ok: true,
        diagnostics: [],
        pair: undefined,
        parent: emptyMap(eol < text.length ? eol + 1 : eol, columnOf(text, rangeOf(next.key)[0]) + 2),
        depth: depth + 1,
      };
    } else return refused("not-mapping", path.slice(0, depth + 1).join("."));
  }
  return { ok: true, diagnostics: [], pair, parent: map, depth: path.length };
}

function insertEntry(
  text: string,
  parent: YAMLMap & { indentHint?: number },
  keys: readonly string[],
  value: string | null,
  opts: AddEntryOptions,
  depth: number,
): EntryEditResult {
  const items = parent.items as Pair[];
  const indent = items[0] ? columnOf(text, rangeOf(items[0].key)[0]) : (parent.indentHint ?? depth * 2);
  const named = (name: string | undefined) => (name === undefined ? undefined : findPair(parent, name));
  const after = named(opts.after);
  const before = after ? undefined : named(opts.before);
  let at: number;
  if (after) at = entryEnd(text, after);
  else if (before) at = commentBlockStart(text, lineStartAt(text, rangeOf(before.key)[0]));
  else if (items.length > 0) at = entryEnd(text, items[items.length - 1]!);
  else at = rangeOf(parent)[0];
  const lines: string[] = [];
  keys.forEach((k, i) => {
    const pad = " ".repeat(indent + 2 * i);
    if (i < keys.length - 1) return void lines.push(`${pad}${keyText(k)}:`);
    for (const c of opts.commentLines ?? []) lines.push(`${pad}# ${c}`.trimEnd());
    const written = yamlScalarText(value ?? "");
    lines.push(
      `${pad}${keyText(k)}:${written === "" ? "" : " " + written}${opts.comment ? `  # ${opts.comment}` : ""}`,
    );
  });
  let head = text.slice(0, at);
  if (head.length > 0 && !head.endsWith("\n")) head += "\n";
  return { ok: true, diagnostics: [], text: head + lines.join("\n") + "\n" + text.slice(at) };
}

/** Where an entry ends: after the line holding the end of its value (inline comment included). */
function entryEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null;
  let end = rangeOf(value, rangeOf(pair.key)[1])[1];
  if (isMap(value)) {
    const last = value.items[value.items.length - 1] as Pair | undefined;
    if (last) end = Math.max(end, entryEnd(text, last) - 1);
  }
  if (end > 0 && text[end - 1] === "\n") return end;
  const e = lineEndAt(text, end);
  return e < text.length ? e + 1 : e;
}

/** The first of the comment lines directly above a line (no blank line between), or the line itself. */
function commentBlockStart(text: string, lineAt: number): number {
  let start = lineAt;
  while (start > 0) {
    const prev = lineStartAt(text, start - 1);
    if (!text.slice(prev, start).trim().startsWith("#")) break;
    start = prev;
  }
  return start;
}

function rangeOf(node: unknown, fallback = 0): readonly [number, number, number] {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1], r[2]] : [fallback, fallback, fallback];
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  const e = text.indexOf("\n", offset);
  return e < 0 ? text.length : e;
}
