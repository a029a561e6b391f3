import { codePointLength } from "../diagnostics/line-counter.js";
import { hasReservedPart } from "../template/field-def.js";
import type { DataFile, Place } from "./data-file.js";

/**
 * Never in a comment or between quotes: controls (tab included), line separators, BOM, noncharacters, and (the
 * expressions have the u flag, so a surrogate pair is one character) a lone surrogate.
 */
const NEVER_IN_LINE = String.raw`\0-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff`;
/** Never in a plain value: those, and # and : (a comment, a nested key). */
const NEVER = `${NEVER_IN_LINE}#:`;
/** A value: its first character no space and no YAML indicator (- only before a digit), its last no space. */
const VALUE = String.raw`(?:[^ ${NEVER}\-?,[\]{}&*!|>'"%@\x60]|-[0-9])(?:[^${NEVER}]*[^ ${NEVER}])?`;
const KEY = String.raw`[A-Za-z_\u3400-\u9fff][A-Za-z0-9_\u3400-\u9fff]*`;
/** A quoted value with nothing to unescape: "…" without \ or ", '…' without '. Group: what is inside. */
const QUOTED = String.raw`"([^"\\${NEVER_IN_LINE}]*)"|'([^'${NEVER_IN_LINE}]*)'`;
/** A comment: # and anything on its line but what is never in one. */
const COMMENT = String.raw`#[^${NEVER_IN_LINE}]*`;
/**
 * One line of a compact data file: indent, a key, a colon, perhaps spaces and a value, and perhaps spaces and
 * a comment after them. Keys: letters, digits, _ and BMP Chinese, not starting with a digit (YAML would read
 * `007` as the number 7, `1e3` as 1000). A value may not start with a YAML indicator (`-` only before a digit:
 * -3.5), and may hold no `#` or `:` (a comment, a nested key), no control, line-separator or noncharacter code
 * point, and no lone surrogate; or it is quoted, with nothing to unescape (what xfill's own writer quotes: a
 * value that would not read back plain). Groups: indent, key, spaces before the value, the value as written,
 * what is inside "…", what is inside '…', spaces after them.
 */
const LINE = new RegExp(`^( *)(${KEY}):(?:( +)(${VALUE}|${QUOTED}))?(?:( +)(?:${COMMENT})?)?$`, "u");
/** A line YAML skips: nothing but spaces, or a comment after spaces (at any indent: comments have none). */
const SKIPPED = new RegExp(`^ *(?:${COMMENT})?$`, "u");

/** Keys YAML reads as null or a boolean, whose key text would then differ from what was typed (Null → "null"). */
const NOT_A_PLAIN_KEY = /^(?:null|true|false)$/i;
/** Values YAML reads as null: their entry's source would be "", not the text. */
const NULL_VALUE = /^(?:~|null|Null|NULL)$/;

/** An open mapping: the indent of its keys, their dotted prefix, and the keys seen in it. */
interface Level {
  indent: number;
  prefix: string;
  seen: Set<string>;
}

/** A key with nothing after its colon: a section if the next key is further in, else an empty value. */
interface Open {
  indent: number;
  key: string;
  keyPlace: Place;
  /** Where YAML puts the empty value: after the colon and any spaces behind it. */
  emptyPlace: Place;
}

/**
 * Loads a compact data file — nothing but `key: value` lines and `key:` lines (a section, or an empty value),
 * nested by indentation, with comments and blank lines anywhere (as `init` writes them), values plain or
 * quoted with nothing to unescape, and nothing else — with one regular expression per line instead of the YAML
 * parser, which costs more than everything else a batch or a `check` does with such a file. Returns undefined for any text outside that subset (and for
 * duplicate, reserved or too many keys), and the caller then uses the YAML parser; on the subset the result is
 * the YAML parser's, entry for entry and place for place (a differential test over generated texts holds the
 * two to that).
 */
export function loadKeyValueLines(text: string, path: string, maxEntries: number): DataFile | undefined {
  const file: DataFile = { path, text, entries: new Map(), sections: new Map(), broken: false, diagnostics: [] };
  const root: Level = { indent: 0, prefix: "", seen: new Set() };
  const levels: Level[] = [root];
  let open: Open | undefined;
  /** The last open key becomes an empty value (YAML reads it as null: its source is ""). */
  const closeEmpty = (o: Open) =>
    file.entries.set(o.key, { key: o.key, type: "scalar", source: "", keyPlace: o.keyPlace, valuePlace: o.emptyPlace });
  let count = 0;
  let start = 0;
  for (let line = 1; start < text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const source = text.slice(start, end);
    start = end + 1;
    const m = LINE.exec(source);
    if (!m) {
      if (SKIPPED.test(source)) continue;
      return undefined;
    }
    const indent = m[1]!.length;
    const name = m[2]!;
    if (open && indent > open.indent) {
      file.sections.set(open.key, open.keyPlace);
      levels.push({ indent, prefix: open.key, seen: new Set() });
    } else {
      if (open) closeEmpty(open);
      while (levels.length > 1 && indent < levels[levels.length - 1]!.indent) levels.pop();
    }
    open = undefined;
    const level = levels[levels.length - 1]!;
    if (indent !== level.indent) return undefined;
    if (level.seen.has(name) || NOT_A_PLAIN_KEY.test(name) || hasReservedPart(name)) return undefined;
    level.seen.add(name);
    if (++count > maxEntries) return undefined;
    const key = level.prefix ? `${level.prefix}.${name}` : name;
    const keyPlace: Place = { line, column: indent + 1, length: name.length };
    const value = m[4];
    if (value === undefined) {
      const column = indent + name.length + 2 + (m[7]?.length ?? 0);
      open = { indent, key, keyPlace, emptyPlace: { line, column, length: 1 } };
      continue;
    }
    const quoted = m[5] ?? m[6];
    if (quoted === undefined && NULL_VALUE.test(value)) return undefined;
    const valuePlace: Place = {
      line,
      column: indent + name.length + 2 + m[3]!.length,
      length: codePointLength(value),
    };
    file.entries.set(key, { key, type: "scalar", source: quoted ?? value, keyPlace, valuePlace });
  }
  if (open) closeEmpty(open);
  // A file with no key at all (empty, or only comments): YAML reads it as empty, with a warning.
  return count === 0 ? undefined : file;
}
