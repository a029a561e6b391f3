import { padEndWidth, padStartWidth } from "./pad-width.js";
import { displayWidth, message, type BatchJson, type BatchJsonItem, type Lang } from "../index.js";

/**
 * The outcome table: one row per data file (result, fields open / wrong / unknown, where the document
 * went or why not), columns aligned for Chinese text, then a summary line.
 */
export function formatBatchTable(json: BatchJson, lang: Lang): string {
  const headings = ["data", "status", "unfilled", "invalid", "unknown", "note"] as const;
  const head = headings.map((h) => message(`batch-heading-${h}`, lang));
  const rows = json.results.map((r) => {
    const counted = r.status !== "unreadable";
    const n = (x: number) => (counted ? String(x) : "-");
    return [
      r.data,
      statusLabel(r, lang),
      n(r.unfilled),
      n(r.invalid),
      n(r.unknown),
      r.status === "rendered" ? (r.output ?? "") : (r.message ?? ""),
    ];
  });
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c]!))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) =>
        c === cells.length - 1 ? cell : c >= 2 ? padStartWidth(cell, widths[c]!) : padEndWidth(cell, widths[c]!),
      )
      .join("  ")
      .trimEnd();
  const lines = [line(head), ...rows.map(line)];
  lines.push(
    message("batch-summary", lang, {
      total: json.results.length,
      rendered: json.rendered,
      failed: json.failed,
      outDir: json.outDir,
    }),
  );
  if (json.results.some((r) => r.status === "refused"))
    lines.push(message("batch-check-hint", lang, { template: json.template }));
  return lines.join("\n") + "\n";
}

function statusLabel(r: BatchJsonItem, lang: Lang): string {
  const draft = r.status === "rendered" && r.unfilled + r.invalid > 0;
  return message(draft ? "batch-status-draft" : `batch-status-${r.status}`, lang);
}
