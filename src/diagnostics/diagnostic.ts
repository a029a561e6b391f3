/**
 * A problem found in a user's file, as data: a stable code, a place, and the values its message needs.
 * Messages are produced late, from per-locale tables (messages-zh.ts, messages-en.ts), by format-message.ts.
 */
import type { MessageCode } from "./message-table.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Stable identifier, e.g. "unfilled", "not-number", "unknown-key", "yaml-syntax": a key of the message tables. */
  code: MessageCode;
  severity: Severity;
  /** The file the problem is in, as the user named it. */
  file?: string;
  /** 1-based line and code-point column. */
  line?: number;
  column?: number;
  /** In a Word file, where a person finds the spot: 表1 第2行第3列, 页眉, 脚注1, 第3段 (shown instead of line:column). */
  place?: string;
  /** How many characters the caret should underline (code points). */
  length?: number;
  /** Data-file key the problem concerns, and its Chinese label. */
  key?: string;
  label?: string;
  /** Values the message template fills in: expected, found, suggestion … */
  params?: Record<string, string | number | undefined>;
}

/** Builds an error diagnostic. */
export function error(code: MessageCode, fields: Omit<Diagnostic, "code" | "severity"> = {}): Diagnostic {
  return { code, severity: "error", ...fields };
}

/** Builds a warning diagnostic. */
export function warning(code: MessageCode, fields: Omit<Diagnostic, "code" | "severity"> = {}): Diagnostic {
  return { code, severity: "warning", ...fields };
}
