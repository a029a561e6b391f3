// A Word file as the docx package writes it, then patched where Word writes what docx cannot (split runs,
// spell-check marks, content controls, text boxes): shared by the Word corpus (corpus-docx.mjs) and the
// test document of the in-place fill (test/ooxml/word-like.ts).
import { Document, Footer, Header, Packer } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * One section with a header and a footer paragraph; `options` are the docx Document's other options (styles,
 * footnotes, creator). Each part named in `edits` is passed through its function as text; `zipOptions` go to
 * fflate (a fixed mtime makes the bytes repeatable).
 */
export async function wordDocument({ header, footer, children, ...options }, edits = {}, zipOptions = {}) {
  const doc = new Document({
    ...options,
    sections: [
      {
        headers: { default: new Header({ children: [header] }) },
        footers: { default: new Footer({ children: [footer] }) },
        children,
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  for (const [name, edit] of Object.entries(edits)) {
    if (!files[name]) throw new Error(`the package has no part ${name}`);
    files[name] = strToU8(edit(strFromU8(files[name])));
  }
  return zipSync(files, zipOptions);
}
