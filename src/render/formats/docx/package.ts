import type { DocxLayout } from "./layout.js";
import { writeZip, zipEntry } from "./zip.js";

/** Zips one .docx: the shared parts, compressed once, with this document's body and core properties. */
export function packageDocx(layout: DocxLayout, documentXml: string, coreXml: string): Uint8Array {
  return writeZip([
    ...layout.parts,
    zipEntry("word/document.xml", Buffer.from(documentXml, "utf8")),
    zipEntry("docProps/core.xml", Buffer.from(coreXml, "utf8")),
  ]);
}
