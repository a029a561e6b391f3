import { message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import type { ScanResult } from "./types.js";

/** One file's `scan --json` document, exactly the design's shape. */
export interface ScanJson {
  file: string;
  placeholders: { line: number; column: number; text: string; kind: string; unit?: string; context: string; key: string; label: string }[];
  ignored: { line: number; column: number; text: string; reason: string; message: string }[];
}

/** The JSON form of a scan: offsets (a JS detail) left out, line and column kept, explanations in the given language. */
export function scanToJson(file: string, result: ScanResult, lang: Lang): ScanJson {
  return {
    file,
    placeholders: result.placeholders.map(({ line, column, text, kind, unit, context, key, label }) => ({ line, column, text, kind, ...(unit ? { unit } : {}), context, key, label })),
    ignored: result.ignored.map(({ line, column, text, reason }) => ({ line, column, text, reason, message: message(`ignored-${reason}`, lang, { text }) })),
  };
}
