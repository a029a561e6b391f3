import { classifyLine, type LineVerdict } from "./classify-line.js";
import { isRagged, raggedCuts, wrapCuts } from "./rejoin.js";
import type { WebLineReason } from "./web-line-patterns.js";
import { detectWrap, type Wrap } from "./wrap-width.js";

/** A line left out of the template: 1-based number in the raw document, its text, and why. */
export interface DroppedLine {
  line: number;
  text: string;
  reason: WebLineReason | "fragment";
}

/** A raw document made ready for scanning: the speech alone, in whole paragraphs. */
export interface CleanedSource {
  /** The kept text, line endings as they were, hard-wrapped paragraphs joined back into one line each. */
  text: string;
  /** Every non-blank line left out, in document order. */
  dropped: DroppedLine[];
  /** Share of the document's non-blank characters that were left out (0–1). */
  droppedShare: number;
  /** How many line breaks were taken for cuts of a hard wrap and removed. */
  rejoined: number;
  /** Where an offset of the kept text was in the raw document (for filling a Word original in place). */
  rawOffset(offset: number): number;
}

/** A paragraph: one line, or the lines of one hard-wrapped paragraph. */
interface Unit {
  first: number;
  last: number;
  text: string;
  verdict: LineVerdict;
}

/**
 * Leaves out what is not the speech — adverts, watermarks, page chrome — deciding line by line, and joins
 * the lines of a hard-wrapped copy back into paragraphs. Never leaves out a line with a placeholder, a
 * heading, a title, or a sentence; a short fragment goes only when web lines stand on both sides of it.
 */
export function cleanSource(raw: string, opts: { rejoin?: boolean } = {}): CleanedSource {
  const lines = raw.split(/(?<=\n)/);
  const bare = lines.map((l) => l.replace(/\r?\n$/, ""));
  // A Word file's lines are its paragraphs and table cells as the author made them: never joined.
  const wrap = opts.rejoin === false ? undefined : detectWrap(bare);
  const ragged = opts.rejoin !== false && !wrap && isRagged(bare);
  const cuts = wrap ? joinCuts(bare, wrap) : ragged ? raggedCuts(bare, webAlone(bare)) : new Set<number>();
  const units: Unit[] = [];
  for (let i = 0; i < bare.length; i++) {
    const first = i;
    let text = bare[i]!.trimEnd();
    while (cuts.has(i)) text += bare[++i]!.trimEnd();
    // A line as long as the wrap is a piece of prose, whatever short-line words it holds.
    const full = (wrap !== undefined && wrap.measure(text) >= wrap.min) || (ragged && i > first);
    units.push({ first, last: i, text, verdict: classifyLine(text, { shortWords: !full }) });
  }
  dropFragments(units);
  const dropUnit = units.map((u) => typeof u.verdict === "object");
  // Blank lines go with the web lines above them, and none are left before the speech begins.
  let prevDropped = true;
  units.forEach((u, k) => {
    if (u.verdict === "blank") dropUnit[k] = prevDropped;
    else prevDropped = dropUnit[k]!;
  });

  let text = "";
  // Pieces of the kept text and where each began in the raw document, in order.
  const pieces: [kept: number, raw: number][] = [];
  const lineStart: number[] = [];
  lines.reduce((at, l, i) => ((lineStart[i] = at), at + l.length), 0);
  const dropped: DroppedLine[] = [];
  let all = 0;
  let gone = 0;
  units.forEach((u, k) => {
    const size = nonBlank(u.text);
    all += size;
    if (!dropUnit[k]) {
      for (let i = u.first; i < u.last; i++) {
        pieces.push([text.length, lineStart[i]!]);
        text += bare[i]!.trimEnd() + joiner(bare[i]!, bare[i + 1]!);
      }
      pieces.push([text.length, lineStart[u.last]!]);
      text += lines[u.last]!;
      return;
    }
    gone += size;
    if (u.verdict === "blank") return;
    const reason = typeof u.verdict === "object" ? u.verdict.web : "fragment";
    for (let i = u.first; i <= u.last; i++) dropped.push({ line: i + 1, text: bare[i]!, reason });
  });
  const rawOffset = (offset: number) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    return piece ? piece[1] + offset - piece[0] : offset;
  };
  return { text, dropped, droppedShare: all === 0 ? 0 : gone / all, rejoined: cuts.size, rawOffset };
}

/** The cuts of a hard wrap, if the text has one; a line that is web text by itself is never joined. */
function joinCuts(bare: string[], wrap: Wrap): Set<number> {
  return wrapCuts(bare, wrap, webAlone(bare));
}

/** Whether a line is web text by itself (never joined to its neighbours). */
function webAlone(bare: string[]): (i: number) => boolean {
  return (i) => typeof classifyLine(bare[i]!, { shortWords: false }) === "object";
}

/** A fragment (a brand, a slogan) is dropped when the nearest non-blank units on both sides are web text. */
function dropFragments(units: Unit[]): void {
  const isWeb = (u: Unit | undefined) => u !== undefined && typeof u.verdict === "object";
  const solid = units.filter((u) => u.verdict !== "blank");
  for (let k = 0; k < solid.length; k++) {
    if (solid[k]!.verdict !== "fragment") continue;
    let end = k;
    while (end + 1 < solid.length && solid[end + 1]!.verdict === "fragment") end++;
    const web = isWeb(solid[k - 1]) && isWeb(solid[end + 1]);
    for (let j = k; j <= end; j++) solid[j]!.verdict = web ? { web: "advert" } : "speech";
    k = end;
  }
}

/** What a cut becomes: nothing, unless a space ended the line between two Latin words. */
function joiner(line: string, next: string): string {
  return /[A-Za-z]\s+$/.test(line) && /^[A-Za-z]/.test(next) ? " " : "";
}

function nonBlank(s: string): number {
  return s.replace(/[\s\u3000\u00a0]/g, "").length;
}
