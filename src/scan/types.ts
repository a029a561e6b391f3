import type { Kind } from "../kinds/kind-names.js";

/** One blank found in a text: where it is, what it stands for, and how a template could name it. */
export interface ScannedPlaceholder {
  /** 1-based line. */
  line: number;
  /** 1-based column, in code points from the start of the line. */
  column: number;
  /** UTF-16 offset into the scanned string (what `slice` takes). */
  offset: number;
  /** UTF-16 length of `text`. */
  length: number;
  /** The placeholder as written: `X`, `xx.51`, `X月X日`, `某某`, `○○`. */
  text: string;
  kind: Kind;
  /** The unit or measure word after it (`亿元`, `%`, `个`), when the kind has one. */
  unit?: string;
  /** The clause it sits in, at most 60 characters. */
  context: string;
  /** A suggested field key: a valid identifier, shared by every county occurrence. */
  key: string;
  /** A short Chinese label drawn from the context, e.g. `规模工业总产值（亿元）`. */
  label: string;
}

/** Something that looks like a placeholder but is not one, kept so a user can see why it was passed over. */
export interface IgnoredMatch {
  line: number;
  column: number;
  /** UTF-16 offset of the placeholder-like character itself (the X of `3+X`). */
  offset: number;
  /** The expression that shows why: `3+X`, `X光`, `Xbox`, `某些`, `×`. */
  text: string;
  /** Stable code: see IGNORE_REASONS. */
  reason: IgnoreReason;
}

/** Stable codes for why a match is not a placeholder. */
export type IgnoreReason = "formula" | "word" | "close-button" | "moumou-word" | "chinese-zero" | "letter";

/** Everything one scan found, both lists in text order. */
export interface ScanResult {
  placeholders: ScannedPlaceholder[];
  ignored: IgnoredMatch[];
  /** Set when the scan stopped at the placeholder limit (MAX_PLACEHOLDERS): the lists hold the first ones only. */
  truncated?: { max: number };
}
