import type { OutputFormat } from "./output-format.js";

/** What a writer may show besides the speech text: document properties, the line under the title. */
export interface DocumentMeta {
  title?: string;
  county?: string;
  speaker?: string;
  date?: string;
}

/** Options of the text writer. */
export interface EncodeOptions {
  /** UTF-8 with BOM and CRLF line ends, for old Windows Notepad. */
  windows?: boolean;
}

/** Turns the rendered speech text into the bytes of a format; heavy writers are imported only when used. */
export async function encodeDocument(text: string, format: OutputFormat, meta: DocumentMeta, opts: EncodeOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case "txt":
      return opts.windows ? "\uFEFF" + text.replace(/\r?\n/g, "\r\n") : text;
    default:
      throw new Error(`format ${format} is not available yet`);
  }
}
