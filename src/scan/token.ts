import { isDigit } from "./chars.js";
import { isBlank } from "./chars.js";
import { DATE_TAIL, FIGURE_TAIL, PEOPLE_COUNTED_AFTER, YEAR_LIKE, YEAR_NAMED, YEARS_COUNTED } from "./patterns.js";

/** Which placeholder character a candidate run is made of. */
export type MaskClass = "x" | "times" | "mou" | "circle" | "line" | "space";

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
    // XX730万人民: the mask names the place whose people are counted; the figure after it is the text's own.
    PEOPLE_COUNTED_AFTER.lastIndex = runEnd;
    if (start === runStart && runEnd - runStart > 1 && PEOPLE_COUNTED_AFTER.test(text)) end = runEnd;
  }
  const figure = text.slice(start, end);
  let date = cls === "x" && figure.includes("/");
  if (cls !== "circle" || end - start > 1) {
    // "20xx 年": a space between the figure and 年 is read as absent.
    let tail = end;
    while (isBlank(text.charCodeAt(tail))) tail++;
    DATE_TAIL.lastIndex = tail;
    const m = DATE_TAIL.exec(text);
    // A bare 年 is a count (时隔X年) unless the figure is a masked year (20XX年), 某年, or a year named where
    // a sentence begins (XX年，全县… ; 一、xx年工作总结).
    if (m && (m[0] !== "年" || cls === "mou" || YEAR_LIKE.test(figure) || namesYear(text, start, tail + 1))) {
      end = tail + m[0].length;
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

/** Sentence starts and list marks before a year: line start, 。！？；：，、 and the like, 和/与/至. */
const YEAR_OPENERS = '。！？；：，、,;:!?（(“"【和与及至到—-~\n\r';

/**
 * Whether X年 at [start, …) names a year: 年 is not 年来, 年间, 年多; and X年工作, X年度, or the year opens a
 * sentence or a list item.
 */
function namesYear(text: string, start: number, afterYear: number): boolean {
  YEARS_COUNTED.lastIndex = afterYear;
  if (YEARS_COUNTED.test(text)) return false;
  YEAR_NAMED.lastIndex = afterYear;
  if (YEAR_NAMED.test(text)) return true;
  // One masked digit is a number of years (“X年跨X亿”, X年来): a year is written with two digits or four.
  if (afterYear - start === 2) return false;
  let b = start - 1;
  while (b >= 0 && isBlank(text.charCodeAt(b))) b--;
  if (b < 0) return true;
  return YEAR_OPENERS.includes(text[b]!) || /[一二三四五六七八九十]、$/.test(text.slice(Math.max(0, b - 2), b + 1));
}
