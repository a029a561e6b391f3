import type { RenderMeta } from "./formats/meta.js";
import { toText } from "./formats/txt.js";
import type { Layout, OutputFormat } from "./output-format.js";

/** What a writer may show besides the speech text: document properties, the lines under the title. */
export type DocumentMeta = RenderMeta;

/** Options of the writers. */
export interface EncodeOptions {
  /** txt only: UTF-8 with BOM and CRLF line ends, for old Windows Notepad. */
  windows?: boolean;
  /** docx: "gbt9704" lays the text out anew even when the template has its own Word file (default: fill that file). */
  layout?: Layout;
  /** docx filled in place: each fill as a tracked change. */
  trackChanges?: boolean;
}

/**
 * Turns the rendered speech text into the bytes of a format. Writers other than txt are imported only
 * when used, so commands that never write Word do not load the docx package.
 */
export async function encodeDocument(
  text: string,
  format: OutputFormat,
  meta: DocumentMeta,
  opts: EncodeOptions = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case "txt":
      return toText(text, { windows: opts.windows });
    case "md":
      return (await import("./formats/markdown.js")).toMarkdown(text, meta);
    case "html":
      return (await import("./formats/html.js")).toHtml(text, meta);
    case "docx":
      return (await import("./formats/docx.js")).renderDocx(text, meta);
  }
}
