import { codePointLength } from "../diagnostics/line-counter.js";
import { hasReservedPart } from "../template/field-def.js";
import type { DataFile, Place } from "./data-file.js";

/**
 * Never in a value: controls, # and : (a comment, a nested key), line separators, BOM, noncharacters, and (the
 * expression has the u flag, so a surrogate pair is one character) a lone surrogate.
 */
const NEVER = String.raw`\0-\x1f\x7f-\x9f#:\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff`;
/** A value: its first character no space and no YAML indicator (- only before a digit), its last no space. */
const VALUE = String.raw`(?:[^ ${NEVER}\-?,[\]{}&*!|>'"%@\x60]|-[0-9])(?:[^${NEVER}]*[^ ${NEVER}])?`;
const KEY = String.raw`[A-Za-z_\u3400-\u9fff][A-Za-z0-9_\u3400-\u9fff]*`;
/**
 * One line of a compact data file: indent, a key, a colon, and either nothing (a section follows) or spaces
 * and a value. Keys: letters, digits, _ and BMP Chinese, not starting with a digit (YAML would read `007` as
 * the number 7, `1e3` as 1000). A value may not start with a YAML indicator (`-` only before a digit: -3.5),
 * and may hold no `#` or `:` (a comment, a nested key), no control, line-separator or noncharacter code
 * point, no lone surrogate, and no trailing space.
 */
const LINE = new RegExp(`^( *)(${KEY}):(?:( +)(${VALUE}))?$`, "u");

/** Keys YAML reads as null or a boolean, whose key text would then differ from what was typed (Null → "null"). */
const NOT_A_PLAIN_KEY = /^(?:null|true|false)$/i;
/** Values YAML reads as null: their entry's source would be "", not the text. */
const NULL_VALUE = /^(?:~|null|Null|NULL)$/;

/** A section key just read, whose children must come on the next line, more indented. */
interface Level {
  indent: number;
  prefix: string;
  seen: Set<string>;
}

/**
 * Loads a compact data file — nothing but `key: value` lines and `key:` section lines, nested by indentation,
 * no comments, quotes or anything else — with one regular expression per line instead of the YAML parser,
 * which costs more than everything else a batch does with such a file. Returns undefined for any text outside
 * that subset (and for duplicate, reserved or too many keys), and the caller then uses the YAML parser; on the
 * subset the result is the YAML parser's, entry for entry and place for place (a differential test over
 * generated texts holds the two to that).
 */
export function loadKeyValueLines(text: string, path: string, maxEntries: number): DataFile | undefined {
  const file: DataFile = { path, text, entries: new Map(), sections: new Map(), broken: false, diagnostics: [] };
  const levels: Level[] = [];
  /** Set by a section key: the next line must open its mapping, more indented. */
  let opened: Level | undefined = { indent: -1, prefix: "", seen: new Set() };
  let count = 0;
  let start = 0;
  for (let line = 1; start < text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (end === start) {
      start = end + 1;
      continue;
    }
    const m = LINE.exec(text.slice(start, end));
    start = end + 1;
    if (!m) return undefined;
    const indent = m[1]!.length;
    const name = m[2]!;
    if (opened) {
      if (indent <= opened.indent || (opened.indent === -1 && indent !== 0)) return undefined;
      levels.push({ indent, prefix: opened.prefix, seen: new Set() });
      opened = undefined;
    }
    while (levels.length > 1 && indent < levels[levels.length - 1]!.indent) levels.pop();
    const level = levels[levels.length - 1]!;
    if (indent !== level.indent) return undefined;
    if (level.seen.has(name) || NOT_A_PLAIN_KEY.test(name) || hasReservedPart(name)) return undefined;
    level.seen.add(name);
    if (++count > maxEntries) return undefined;
    const key = level.prefix ? `${level.prefix}.${name}` : name;
    const keyPlace: Place = { line, column: indent + 1, length: name.length };
    const value = m[4];
    if (value === undefined) {
      file.sections.set(key, keyPlace);
      opened = { indent, prefix: key, seen: new Set() };
      continue;
    }
    if (NULL_VALUE.test(value)) return undefined;
    const valuePlace: Place = {
      line,
      column: indent + name.length + 2 + m[3]!.length,
      length: codePointLength(value),
    };
    file.entries.set(key, { key, type: "scalar", source: value, keyPlace, valuePlace });
  }
  // An empty file, or a section left without a mapping (YAML reads it as null): not this subset.
  return opened ? undefined : file;
}
