import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import { parseDate } from "../kinds/dates.js";
import { foldFullWidth, isPlaceholderValue } from "../kinds/normalize.js";
import type { Template } from "../template/template.js";
import type { DataFile } from "./data-file.js";

/**
 * The optional `document:` section of a data file: who gives the speech and when. It is not part of the
 * speech text; Word and HTML print it under the title, e.g. （2020年7月15日）.
 */
export const DOCUMENT_KEYS = ["document.speaker", "document.date"] as const;

/** Whether a data-file key belongs to the document section (unless the template uses `document` itself). */
export function isDocumentKey(template: Template, key: string): boolean {
  if (template.byKey.has("document") || template.groups.has("document")) return false;
  return key === "document" || (DOCUMENT_KEYS as readonly string[]).includes(key);
}

/** Speaker and date from the document section, the date written 2020年7月15日; problems as diagnostics. */
export function documentInfo(
  template: Template,
  data: DataFile,
): { speaker?: string; date?: string; problems: Diagnostic[] } {
  if (!isDocumentKey(template, "document.date")) return { problems: [] };
  const speakerEntry = data.entries.get("document.speaker");
  const dateEntry = data.entries.get("document.date");
  const speaker = speakerEntry && !isPlaceholderValue(speakerEntry.source) ? speakerEntry.source.trim() : undefined;
  if (!dateEntry || isPlaceholderValue(dateEntry.source)) return { speaker, problems: [] };
  const d = parseDate(foldFullWidth(dateEntry.source.trim()).replace(/\s+/g, ""));
  if (d === undefined || d === "impossible" || d.year === undefined || d.day === undefined) {
    const code = d === "impossible" ? "document-impossible-date" : "document-date";
    return {
      speaker,
      problems: [
        error(code, {
          file: data.path,
          ...dateEntry.valuePlace,
          key: "document.date",
          params: { found: dateEntry.source },
        }),
      ],
    };
  }
  return { speaker, date: `${d.year}年${d.month}月${d.day}日`, problems: [] };
}

/** The label of a document-section key in the user's language (fields.yaml labels the others). */
export function documentLabel(key: string | undefined, lang: Lang): string | undefined {
  if (key === "document.date") return message("label-document-date", lang);
  if (key === "document.speaker") return message("label-document-speaker", lang);
  return undefined;
}
