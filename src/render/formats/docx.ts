import { parseSpeech } from "../structure/parse-speech.js";
import { bodyXml } from "./docx/body-xml.js";
import { coreXml } from "./docx/core-xml.js";
import { docxLayout } from "./docx/layout.js";
import { packageDocx } from "./docx/package.js";
import { bylines, countySubject, type RenderMeta } from "./meta.js";

/** Options that change one rendering without changing the layout. */
export interface DocxOptions {
  /** Creation time written to the document properties; now when not given (tests pin it). */
  created?: Date;
}

/**
 * The speech as a Word document laid out to GB/T 9704-2012. The layout (styles, settings, footers) is
 * built once per process by the docx package; each call only writes the body and zips.
 */
export async function renderDocx(text: string, meta: RenderMeta = {}, opts: DocxOptions = {}): Promise<Uint8Array> {
  const layout = await docxLayout();
  const doc = parseSpeech(text);
  const document = layout.documentHead + bodyXml(doc, bylines(meta)) + layout.documentTail;
  const core = coreXml({
    title: meta.title?.trim() || doc.title,
    subject: countySubject(meta.county),
    created: opts.created ?? new Date(),
  });
  return packageDocx(layout, document, core);
}
