/**
 * Offsets ⇄ line/column for one text. Offsets are UTF-16 indexes into the JS string (what regexes and
 * `slice` use); lines and columns are 1-based and columns count code points, as the design asks, so a
 * character outside the BMP counts once.
 */
export interface Position {
  line: number;
  column: number;
}

const LINE_BREAK = /\r\n?|\n/g;

export class LineCounter {
  /** UTF-16 offset at which each line starts. */
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // A line ends at LF, CRLF or a lone CR; the expression finds each break without a loop over every character.
    for (const m of text.matchAll(LINE_BREAK)) this.lineStarts.push(m.index + m[0].length);
  }

  /** The last position computed, so that columns on one long line are counted on from it, not from the line's start. */
  private last = { offset: 0, line: 1, column: 1 };

  /**
   * 1-based line and code-point column of a UTF-16 offset (clamped to the text). Asking for offsets in order
   * along one line costs only the distance between them: a 1 MB single-line file stays linear.
   */
  linePos(offset: number): Position {
    const off = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    const last = this.last;
    const column =
      last.line === lo + 1 && last.offset <= off && !isLowSurrogateAt(this.text, last.offset)
        ? last.column + codePointLength(this.text, last.offset, off)
        : codePointLength(this.text, start, off) + 1;
    this.last = { offset: off, line: lo + 1, column };
    return { line: lo + 1, column };
  }

  /** UTF-16 offset of a 1-based line and code-point column (clamped to the line). */
  offset(pos: Position): number {
    const line = Math.max(1, Math.min(pos.line, this.lineStarts.length));
    let off = this.lineStarts[line - 1]!;
    const end = this.lineEnd(line);
    for (let col = 1; col < pos.column && off < end; col++) {
      off += isHighSurrogate(this.text.charCodeAt(off)) && off + 1 < end ? 2 : 1;
    }
    return off;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    return this.text.slice(start, this.lineEnd(line));
  }

  private lineEnd(line: number): number {
    const next = this.lineStarts[line];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** True when offset splits a surrogate pair, where counting on from it would be off by one. */
function isLowSurrogateAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff && offset > 0 && isHighSurrogate(text.charCodeAt(offset - 1));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Number of code points in text[start, end). */
export function codePointLength(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    n++;
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < end) i++;
  }
  return n;
}
