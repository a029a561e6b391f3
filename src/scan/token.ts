import { isDigit } from "./chars.js";
import { DATE_TAIL, FIGURE_TAIL, YEAR_LIKE } from "./patterns.js";

/** Which placeholder character a candidate run is made of. */
export type MaskClass = "x" | "times" | "mou" | "circle";

/** The extent of one candidate: the run found by the global pass, widened to a whole figure or date. */
export interface Token {
  cls: MaskClass;
  /** The run of mask characters the global pass found. */
  runStart: number;
  runEnd: number;
  /** The whole placeholder: digits before (`20xx`), figure tail (`.51`), date suffix (`月X日`). */
  start: number;
  end: number;
  /** The masked figure without any date suffix (`xx.51`, `201X/X/XX`, `X`). */
  figure: string;
  /** Whether a date suffix was taken in, or the figure is a masked date by itself (201X/X/XX). */
  date: boolean;
}

/** Widens a run into a token; sticky regexes look only at the offsets next to the run. */
export function readToken(text: string, cls: MaskClass, runStart: number, runEnd: number): Token {
  let start = runStart;
  let end = runEnd;
  if (cls === "x") {
    start = extendLeft(text, runStart);
    FIGURE_TAIL.lastIndex = runEnd;
    FIGURE_TAIL.test(text);
    end = FIGURE_TAIL.lastIndex;
  }
  const figure = text.slice(start, end);
  let date = cls === "x" && figure.includes("/");
  if (cls !== "circle" || end - start > 1) {
    DATE_TAIL.lastIndex = end;
    const m = DATE_TAIL.exec(text);
    // A bare 年 is a count (时隔X年) unless the figure is a masked year (20XX年) or 某年.
    if (m && (m[0] !== "年" || cls === "mou" || YEAR_LIKE.test(figure))) {
      end += m[0].length;
      date = true;
    }
  }
  return { cls, runStart, runEnd, start, end, figure, date };
}

/** Takes in the real digits before a mask (`20`xx, `12.`xx, `201`X) so the figure is one placeholder. */
function extendLeft(text: string, i: number): number {
  let s = i;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isDigit(c)) s--;
    else if ((c === 46 || c === 47) && s > 1 && isDigit(text.charCodeAt(s - 2))) s--;
    else break;
  }
  return s;
}
