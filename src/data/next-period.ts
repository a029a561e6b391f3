import type { Kind } from "../kinds/kind-names.js";
import { isPlaceholderValue } from "../kinds/normalize.js";
import type { Template } from "../template/template.js";
import type { DataFile } from "./data-file.js";
import { isDocumentKey } from "./document-info.js";
import { setInlineComment, setScalar } from "./yaml-edit.js";

/** Kinds whose values carry over from one meeting to the next: the county, places, people, other names. */
export const CARRIED_KINDS: ReadonlySet<Kind> = new Set(["county", "place", "person", "name"]);

/** Next period's data file, and which fields it emptied and kept. */
export interface NextPeriod {
  text: string;
  /** Keys emptied (figures, ranks, percentages, dates, counts, ordinals), in the order of the file. */
  emptied: string[];
  /** Keys whose value was kept. */
  kept: string[];
}

/**
 * Next period's data file from last period's: names stay, every figure-like value (by the field's kind, so
 * any template works) is emptied with last period's value left in a comment after it — "上期：12.30" — for
 * the clerk to compare. Everything else in the file (comments, order, blank lines) stays as it was.
 * `lastLabel` words that comment ("上期：{value}"), so the library stays free of wording.
 */
export function nextPeriod(template: Template, last: DataFile, lastLabel: (value: string) => string): NextPeriod {
  let text = last.text;
  const emptied: string[] = [];
  const kept: string[] = [];
  const entries = [...last.entries.values()].sort((a, b) => a.keyPlace.line - b.keyPlace.line);
  for (const entry of entries) {
    const field = template.byKey.get(entry.key);
    const kind: Kind | undefined =
      field?.kind ?? (isDocumentKey(template, entry.key) && entry.key === "document.date" ? "date" : undefined);
    if (!kind || entry.type !== "scalar" || entry.source.trim() === "" || isPlaceholderValue(entry.source)) continue;
    if (CARRIED_KINDS.has(kind)) {
      kept.push(entry.key);
      continue;
    }
    const note = lastLabel(entry.source);
    const path = entry.key.split(".");
    const cleared = setScalar(text, path, null);
    const edit = cleared.ok ? setInlineComment(cleared.text, path, (old) => (old ? `${note}；${old}` : note)) : cleared;
    if (!edit.ok) continue;
    text = edit.text;
    emptied.push(entry.key);
  }
  return { text, emptied, kept };
}
