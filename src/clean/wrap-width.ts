/** How a line's length is measured when looking for a fixed wrap width. */
export type Measure = (line: string) => number;

/** Characters (code points): text cut every N characters. */
const byChars: Measure = (line) => [...line].length;
/** Characters set two columns wide. */
const WIDE = new RegExp(
  "[\\u00b7\\u00d7\\u2010-\\u2027\\u2030-\\u203b\\u2103\\u2160-\\u217f\\u2460-\\u24ff\\u25a0-\\u27bf\\u1100-\\u115f" +
    "\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6]|[\\u{20000}-\\u{3fffd}]",
  "u",
);

/**
 * Display columns, CJK and full-width forms counting two: text cut where a PDF line was full. Quotes,
 * dashes, the ellipsis and the middle dot count two as well: a Chinese font sets them a full em wide.
 */
const byColumns: Measure = (line) => {
  let n = 0;
  for (const ch of line) n += WIDE.test(ch) ? 2 : 1;
  return n;
};

/** A detected wrap: lines measuring at least `min` (and at most `max`) were cut, not ended. */
export interface Wrap {
  measure: Measure;
  min: number;
  max: number;
}

/** Shortest width taken for a wrap: anything narrower is a list of short lines, not cut prose. */
const MIN_WIDTH = 16;

/**
 * Finds the fixed width a text was hard-wrapped at (copied out of a PDF, or cut every N characters), if any:
 * the longest lines cluster at one width, few lines are longer, and they are a good share of the text.
 * Tries characters first (exact cuts), then display columns with a slack of a few columns (a wide character
 * that does not fit moves to the next line, and a figure may be carried over whole).
 */
export function detectWrap(lines: readonly string[]): Wrap | undefined {
  const body = lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  if (body.length < 4) return undefined;
  for (const [measure, slack] of [
    [byChars, 0],
    [byColumns, 3],
  ] as const) {
    const lengths = body.map(measure);
    const histogram = new Map<number, number>();
    for (const n of lengths) histogram.set(n, (histogram.get(n) ?? 0) + 1);
    const within = (n: number) => {
      let c = 0;
      for (let m = n - slack; m <= n; m++) c += histogram.get(m) ?? 0;
      return c;
    };
    // The width is the length (with its slack) that most lines reach: prose lines pile up at the cut.
    let best: number | undefined;
    let bestCount = 0;
    for (const n of histogram.keys()) {
      if (n < MIN_WIDTH) continue;
      const near = within(n);
      if (near > bestCount || (near === bestCount && best !== undefined && n > best)) [best, bestCount] = [n, near];
    }
    if (best === undefined) continue;
    const longer = lengths.filter((m) => m > best!).length;
    if (bestCount >= 3 && bestCount >= body.length * 0.3 && longer <= Math.max(1, body.length * 0.05)) {
      return { measure, min: best - slack, max: best };
    }
  }
  return undefined;
}
