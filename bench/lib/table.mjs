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
