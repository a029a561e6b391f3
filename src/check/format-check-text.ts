import { fieldTitle } from "../diagnostics/field-title.js";
import type { UiTextCode } from "../diagnostics/message-table.js";
import type { Lang } from "../diagnostics/lang.js";
import { message } from "../diagnostics/format-message.js";
import { excerptLines } from "../diagnostics/report-text.js";
import { placeText } from "../diagnostics/place-text.js";
import type { CheckJson, CheckJsonEntry } from "./check-json.js";

/**
 * The human report of a data-file check: problems grouped by the speech's sections, each with its place,
 * message and the sentence of the speech it fills; unknown keys and file errors after; a summary line last.
 */
export function formatCheckText(report: CheckJson, lang: Lang, errorsPrinted = 0, dataText?: string): string {
  const out: string[] = [];
  for (const e of report.errors) out.push(`${placeText(e.file, e.line, e.column, lang)}: ${e.message}`);
  const errorCount = report.errors.length + errorsPrinted;
  const problems = [
    ...report.invalid.map((e) => ({ e, bad: true })),
    ...report.unfilled.map((e) => ({ e, bad: false })),
  ];
  problems.sort((a, b) => order(a.e) - order(b.e));
  const bySection = new Map<string, { e: CheckJsonEntry; bad: boolean }[]>();
  for (const p of problems) {
    const s = p.e.section ?? "";
    if (!bySection.has(s)) bySection.set(s, []);
    bySection.get(s)!.push(p);
  }
  for (const [section, items] of bySection) {
    out.push("");
    if (section) out.push(`【${section}】`);
    for (const { e, bad } of items) {
      const tag = bad ? message("tag-invalid", lang) : message("tag-unfilled", lang);
      if (bad) {
        // A wrong value gets the full treatment: place, message, the line with a caret under the value.
        out.push(
          `  ${tag} ${fieldTitle(e.label, e.key, lang)}`,
          `      ${placeText(e.file, e.line, e.column, lang)}: ${e.message}`,
        );
        if (dataText) out.push(...excerptLines(dataText, e.line, e.column, e.length ?? 1).map((l) => "      " + l));
      } else out.push(`  ${tag} ${fieldTitle(e.label, e.key, lang)}  ${placeText(e.file, e.line, e.column, lang)}`);
      if (e.context)
        out.push(
          `      ${message((e.uses ?? 1) > 1 ? "context-line-many" : "context-line", lang, { context: e.context, uses: e.uses })}`,
        );
    }
  }
  if (report.unknown.length > 0) {
    out.push("", message("unknown-heading", lang));
    for (const e of report.unknown) {
      out.push(`  ${placeText(e.file, e.line, e.column, lang)}: ${e.message}`);
      if (dataText) out.push(...excerptLines(dataText, e.line, e.column, e.length ?? 1).map((l) => "    " + l));
    }
  }
  out.push("", summaryLine(report, lang, errorCount));
  return out.join("\n").replace(/^\n+/, "") + "\n";
}

/** "还有 12 项未填，2 项有误（共 69 项）", or the all-clear line. */
function summaryLine(report: CheckJson, lang: Lang, errorCount = report.errors.length): string {
  if (errorCount > 0) return message("summary-errors", lang, { n: errorCount });
  if (report.complete) return message("summary-complete", lang, { total: report.total });
  const counts: [UiTextCode, number][] = [
    ["summary-unfilled", report.unfilled.length],
    ["summary-invalid", report.invalid.length],
    ["summary-unknown", report.unknown.length],
  ];
  const parts = counts.filter(([, n]) => n > 0).map(([code, n]) => message(code, lang, { n }));
  return message("summary", lang, { parts: parts.join(message("summary-separator", lang)), total: report.total });
}

/** Problems follow the data file from top to bottom, the order the clerk will fix them in. */
function order(e: CheckJsonEntry): number {
  return e.line;
}
