/** How a .txt file is written: `windows` for old Notepad (UTF-8 with a BOM, CRLF line ends). */
export interface TextOptions {
  windows?: boolean;
}

/** Plain text as a file holds it: line ends as the template has them, or a Buffer with BOM and CRLF when `windows`. */
export function toText(text: string, opts?: { windows?: false }): string;
export function toText(text: string, opts: { windows: true }): Buffer;
export function toText(text: string, opts?: TextOptions): string | Buffer;
export function toText(text: string, opts: TextOptions = {}): string | Buffer {
  if (!opts.windows) return text;
  const lf = text.replace(/\r\n?/g, "\n");
  // Notepad before Windows 10 1903 shows UTF-8 without a BOM as mojibake and LF-only text on one line.
  const body = lf.startsWith("\uFEFF") ? lf.slice(1) : lf;
  return Buffer.from("\uFEFF" + body.replace(/\n/g, "\r\n"), "utf8");
}
