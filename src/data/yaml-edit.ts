import { isMap, isScalar, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";

/** One value to set: the path of keys from the root, and the scalar exactly as it should read back ("" or null: empty). */
export interface YamlEdit {
  path: readonly string[];
  value: string | null;
}

/** Why an edit could not be made: the text is not sound YAML, or a key on the path holds something that is not a mapping. */
export type YamlEditResult = { ok: true; text: string } | { ok: false; reason: "yaml-error" | "not-mapping"; key?: string };

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
  return { ok: true, text: out };
}

/** Sets one scalar (see setScalars). */
export function setScalar(text: string, path: readonly string[], value: string | null): YamlEditResult {
  if (path.length === 0) throw new Error("setScalar: empty path");
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, reason: "yaml-error" };
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const v = value ?? "";

  // Walk down as far as the path exists.
  let map: YAMLMap | null = rootMap(doc);
  if (map === null && !isEmptyRoot(doc)) return { ok: false, reason: "not-mapping", key: "" };
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
    return { ok: false, reason: "not-mapping", key: path.slice(0, depth + 1).join(".") };
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
  return isScalar(node) && node.type === "PLAIN" && node.source === value && node.value !== null && (doc.contents as YAMLMap).items.length === 1;
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
    return { ok: true, text: written === "" ? text : `${text.slice(0, colon + 1)} ${written}${text.slice(colon + 1)}` };
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
  return { ok: true, text: text.slice(0, start) + (written === "" ? "" : written) + keepEnd + text.slice(end) };
}

/** Lines for the missing keys `rest` (nested), each level indented two more spaces than `indent`. */
function newLines(rest: readonly string[], value: string, indent: number, eol: string): string {
  const written = yamlScalarText(value);
  return rest
    .map((k, i) => `${" ".repeat(indent + 2 * i)}${keyText(k)}:${i === rest.length - 1 && written !== "" ? ` ${written}` : ""}`)
    .join(eol);
}

function appendToMap(text: string, map: YAMLMap | null, rest: readonly string[], value: string, eol: string): YamlEditResult {
  if (map === null || map.items.length === 0) {
    // An empty document (perhaps only comments): the keys go at its end, at the left margin.
    const lead = text === "" || text.endsWith("\n") ? "" : eol;
    return { ok: true, text: `${text}${lead}${newLines(rest, value, 0, eol)}${eol}` };
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
  return { ok: true, text: `${text.slice(0, at)}${lead}${newLines(rest, value, indent, eol)}${eol}${text.slice(at)}` };
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
  return { ok: true, text: `${text.slice(0, at)}${lead}${newLines(rest, value, indent, eol)}${eol}${text.slice(at)}` };
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
  return { ok: true, text: doc.toString() };
}
