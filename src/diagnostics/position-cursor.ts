import { codePointLength, type Position } from "./line-counter.js";

/** High surrogates: only where one stands does a column differ from a UTF-16 distance. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;

/**
 * Line and column for offsets asked in ascending order, with the same line breaks as LineCounter (LF,
 * CRLF, lone CR). It does not build LineCounter's table of every line start: on a 50 MB text that
 * character loop cost as much as the rest of the scan, whereas `indexOf` finds the next break natively.
 * Each call continues from the last, and a column is a plain UTF-16 distance unless a surrogate pair
 * (a character outside the BMP) lies in between, which a native regex search finds.
 */
export class PositionCursor {
  private line = 1;
  private lastOffset = 0;
  private lastColumn = 1;
  /** Next LF and CR at or after the current line start; -2 not looked for yet, -1 none left. */
  private lf = -2;
  private cr = -2;
  /** Next high surrogate at or after the last offset; -2 not looked for yet, -1 none left. */
  private high = -2;
  private nextLine: number;

  constructor(private readonly text: string) {
    this.nextLine = this.lineStartAfter(0);
  }

  /** 1-based line and code-point column of a UTF-16 offset not before the previous one asked. */
  at(offset: number): Position {
    if (offset < this.lastOffset) throw new Error("PositionCursor: offsets must not go back");
    while (this.nextLine <= offset) {
      this.line++;
      this.lastOffset = this.nextLine;
      this.lastColumn = 1;
      this.nextLine = this.lineStartAfter(this.nextLine);
    }
    this.lastColumn += this.columnsBetween(this.lastOffset, offset);
    this.lastOffset = offset;
    return { line: this.line, column: this.lastColumn };
  }

  /** Code points in [from, to); counted one by one only when a surrogate pair lies in between. */
  private columnsBetween(from: number, to: number): number {
    if (this.high !== -1 && this.high < from) {
      HIGH_SURROGATE.lastIndex = from;
      this.high = HIGH_SURROGATE.test(this.text) ? HIGH_SURROGATE.lastIndex - 1 : -1;
    }
    return this.high === -1 || this.high >= to ? to - from : codePointLength(this.text, from, to);
  }

  /** Where the line after the one holding `from` starts (Infinity on the last line). */
  private lineStartAfter(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf("\n", from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf("\r", from);
    const lf = this.lf === -1 ? Infinity : this.lf;
    const cr = this.cr === -1 ? Infinity : this.cr;
    if (cr < lf) return cr + 1 === lf ? lf + 1 : cr + 1;
    return lf + 1;
  }
}
