/** Calendar dates as typed in a data file: 3月15日, 2020年3月15日, 2020-03-15, 2020/3/15, 2020.3.15, a year 2020. */
export interface CalendarDate {
  year?: number;
  month: number;
  day?: number;
}

const PATTERNS: RegExp[] = [
  /^(?:(?<year>\d{4})年)?(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?$/,
  /^(?<year>\d{4})[-/.](?<month>\d{1,2})(?:[-/.](?<day>\d{1,2}))?$/,
  /^(?<year>\d{4})年?$/,
];

/** Parses a typed date; `undefined` when the form is not recognised, `"impossible"` for 2月30日 and the like. */
export function parseDate(text: string): CalendarDate | "impossible" | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const year = m.groups.year ? Number(m.groups.year) : undefined;
    const month = m.groups.month ? Number(m.groups.month) : undefined;
    const day = m.groups.day ? Number(m.groups.day) : undefined;
    if (month === undefined) return year !== undefined ? { year, month: 0 } : undefined;
    if (month < 1 || month > 12) return "impossible";
    if (day !== undefined && (day < 1 || day > daysInMonth(month, year))) return "impossible";
    return { year, month, day };
  }
  return undefined;
}

/** Days in a month; February has 29 when the year is unknown, since 2月29日 may be meant for a leap year. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Writes a date in the shape of the placeholder it fills: "X月X日" → 3月15日, "X月" → 3月, "20XX年" → 2020年,
 * "X年X月X日" → 2020年3月15日. Returns undefined when the date lacks a part the placeholder needs; `defaultYear`
 * completes a month and day typed for a placeholder that also has a year.
 */
export function formatDate(date: CalendarDate, placeholder: string, defaultYear?: number): string | undefined {
  const { parts, sep } = dateParts(placeholder);
  if (sep)
    return date.year !== undefined && date.day !== undefined ? [date.year, date.month, date.day].join(sep) : undefined;
  const wantsYear = parts.includes("y");
  const wantsMonth = parts.includes("m");
  const wantsDay = parts.includes("d");
  let out = "";
  if (wantsYear) {
    // A whole month and day typed for a whole 20XX年X月X日 (a 印发 date) means this year; a bare year blank still needs one.
    const year = date.year ?? (wantsMonth && wantsDay && date.day !== undefined ? defaultYear : undefined);
    if (year === undefined) return undefined;
    out += `${year}年`;
  }
  if (wantsMonth) {
    if (!date.month) return undefined;
    out += `${date.month}月`;
  }
  if (wantsDay) {
    if (date.day === undefined) return undefined;
    out += `${date.day}日`;
  }
  return out;
}

/**
 * Which parts of a date a blank prints, read from its shape: y(ear) m(onth) d(ay), and the separator of a numeric
 * shape (201X/X/XX → "ymd", "/"). formatDate writes these parts; a refusal names the ones missing.
 */
export function dateParts(placeholder: string): { parts: string; sep: string } {
  // 201X/X/XX and 20XX.X.X: numbers joined by the same separator.
  const sep = /^[\dXxＸｘ]+([/.-])[\dXxＸｘ]+\1[\dXxＸｘ]+$/.exec(placeholder)?.[1];
  if (sep) return { parts: "ymd", sep };
  const wantsYear = placeholder.includes("年");
  const wantsMonth = placeholder.includes("月") || !wantsYear;
  const wantsDay = placeholder.includes("日") || (!placeholder.includes("月") && !wantsYear);
  return { parts: `${wantsYear ? "y" : ""}${wantsMonth ? "m" : ""}${wantsDay ? "d" : ""}`, sep: "" };
}

/** A month range blank such as "x-x月" (1-5月累计). */
export const MONTH_RANGE_PLACEHOLDER = /^[XxＸｘ]{1,2}\s*[-—~～至到]\s*[XxＸｘ]{1,2}月$/;

/** Reads a month range typed as 1-5, 1-5月 or 1至5月 and writes it as 1-5月; "impossible" for 5-3 or 13. */
export function parseMonthRange(text: string): string | "impossible" | undefined {
  const m = /^(\d{1,2})\s*[-—~～至到]\s*(\d{1,2})月?$/.exec(text);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a >= 1 && b <= 12 && a < b ? `${a}-${b}月` : "impossible";
}
