import {
  KINDS,
  KIND_LABELS_EN,
  KIND_LABELS_ZH,
  displayWidth,
  highlightInClause,
  message,
  summarizeScan,
  visibleControls,
  type Lang,
  type Marker,
  type ScanResult,
} from "../index.js";

/** Pads to a display width (a Chinese place name takes two columns a character). */
function padWidth(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * The human report of one scanned file: placeholders grouped by kind (most common first), each with
 * line:column, its clause with the placeholder marked, and the suggested label; then what was ignored
 * and why; then the one-line summary.
 */
export function formatScanText(
  file: string,
  text: string,
  result: ScanResult,
  lang: Lang,
  mark: Marker,
  placeAt?: (offset: number) => string,
): string {
  const names = lang === "zh" ? KIND_LABELS_ZH : KIND_LABELS_EN;
  const out = [visibleControls(file)];
  const byKind = KINDS.map((k) => [k, result.placeholders.filter((p) => p.kind === k)] as const)
    .filter(([, ps]) => ps.length > 0)
    .sort((a, b) => b[1].length - a[1].length);
  for (const [kind, ps] of byKind) {
    out.push(`  ${names[kind]}（${ps.length}）`);
    for (const p of ps) {
      const unit = p.unit ? `  ${message("scan-unit", lang, { unit: p.unit })}` : "";
      const place = padWidth(placeAt ? placeAt(p.offset) : `${p.line}:${p.column}`, 9);
      const clause = highlightInClause(text, p.offset, p.length, mark);
      out.push(`    ${place} ${clause}${unit}  → ${visibleControls(p.label)}`);
    }
  }
  if (result.ignored.length > 0) {
    out.push(`  ${message("scan-ignored", lang, { n: result.ignored.length })}`);
    for (const i of result.ignored)
      out.push(
        `    ${padWidth(placeAt ? placeAt(i.offset) : `${i.line}:${i.column}`, 9)} ${message(`ignored-${i.reason}`, lang, { text: i.text })}`,
      );
  }
  out.push(summarizeScan(result, lang));
  return out.join("\n") + "\n";
}
