import { displayWidth } from "../../dist/diagnostics/display-width.js";

/** Prints rows (arrays of cells) as an aligned table; numbers right-aligned, CJK counted double-width. */
export function printTable(title, header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ""))));
  const pad = (c, i) => {
    const gap = " ".repeat(widths[i] - displayWidth(c));
    return /^[-\d.,×x%]+$/.test(c) && i > 0 ? gap + c : c + gap;
  };
  console.log(`\n${title}`);
  all.forEach((r, n) => {
    console.log("  " + r.map(pad).join("  ").trimEnd());
    if (n === 0) console.log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  });
}

/** A ratio as text, 2 decimals and a ×. */
export const times = (x) => `${x.toFixed(2)}×`;

/**
 * Prints a rate table against docxtemplater (the first contender) and returns the figures for results.json:
 * documents a second (wall), the ratio to the baseline and the ≥ 2× target, CPU milliseconds and their ratio.
 */
export function printRateTable(title, files, ms, cpuMs, rounds) {
  const rate = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, (files / v) * 1000]));
  const [baseName, ...others] = Object.keys(ms);
  const rows = Object.keys(ms).map((k) => [
    k,
    ms[k].toFixed(0),
    rate[k].toFixed(0),
    times(rate[k] / rate[baseName]),
    k === baseName ? "" : rate[k] / rate[baseName] >= 2 ? "≥ 2× ✓" : "< 2× ✗",
    cpuMs[k].toFixed(0),
    times(cpuMs[baseName] / cpuMs[k]),
  ]);
  printTable(
    title,
    ["contender", "ms", "docs/s", "rate vs docxtemplater", "target", "CPU ms", "docs per CPU-s vs docxtemplater"],
    rows,
  );
  return {
    files,
    rounds,
    ms,
    cpuMs,
    docsPerSecond: rate,
    rateRatio: Object.fromEntries(others.map((k) => [k, rate[k] / rate[baseName]])),
  };
}
