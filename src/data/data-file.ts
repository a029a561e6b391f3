import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** Where something sits in a data file: 1-based line, code-point column, length in code points. */
export interface Place {
  line: number;
  column: number;
  length: number;
}

/** One `key: value` of a data file whose value is not a mapping. */
export interface DataEntry {
  /** Dot-joined path of keys, e.g. economy.industrialOutput. */
  key: string;
  /** "scalar" for a plain value; the others are shapes no field accepts ("alias": an alias with no anchor). */
  type: "scalar" | "map" | "seq" | "alias" | "other";
  /** The scalar exactly as typed (12.30 stays "12.30"); "" for an empty value. */
  source: string;
  keyPlace: Place;
  /** The value's place; for an empty value, just after the colon. */
  valuePlace: Place;
}

/** A data file as loaded: its entries by key, plus problems found while reading it. */
export interface DataFile {
  path: string;
  text: string;
  entries: Map<string, DataEntry>;
  /** Keys of mappings (sections) seen, with their places, so unknown-key checks can point at them. */
  sections: Map<string, Place>;
  /** True when the file cannot be read as a data file (YAML syntax, not a mapping …): it then has no entries. */
  broken: boolean;
  /** Every problem found while reading it: what broke it, or problems with single entries (a reserved key,
   *  a dangling alias) and warnings such as an empty file. */
  diagnostics: Diagnostic[];
}
