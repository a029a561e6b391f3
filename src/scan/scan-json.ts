import { message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import type { ScanResult } from "./types.js";

/** One file's `scan --json` document, exactly the design's shape. */
export interface ScanJson {
  file: string;
  placeholders: {
    line: number;
    column: number;
    place?: string;
    text: string;
    kind: string;
    unit?: string;
    context: string;
    key: string;
    label: string;
  }[];
  ignored: { line: number; column: number; text: string; reason: string; message: string }[];
  /** Present only when the scan stopped at the placeholder limit: the lists hold the first `max`. */
  truncated?: { max: number };
}

/** The JSON form of a scan: offsets (a JS detail) left out, line and column kept, explanations in the given language, a Word file's places. */
export function scanToJson(
  file: string,
  result: ScanResult,
  lang: Lang,
  placeAt?: (offset: number) => string,
): ScanJson {
  return {
    file,
    placeholders: result.placeholders.map(({ line, column, offset, text, kind, unit, context, key, label }) => ({
      line,
      column,
      // In a Word file, where a person finds it: 表1 第2行第3列, 页眉, 第3段.
      ...(placeAt ? { place: placeAt(offset) } : {}),
      text,
      kind,
      ...(unit ? { unit } : {}),
      context,
      key,
      label,
    })),
    ignored: result.ignored.map(({ line, column, text, reason }) => ({
      line,
      column,
      text,
      reason,
      message: message(`ignored-${reason}`, lang, { text }),
    })),
    ...(result.truncated ? { truncated: result.truncated } : {}),
  };
}
