import PizZip from "pizzip";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/**
 * The .docx template docxtemplater fills in the comparison: one paragraph per line of template.hbs, each
 * `{{key}}` turned into a `{key}` tag (one tag per placeholder), in 仿宋 三号 with A4 GB/T 9704 margins.
 */
export function docxTemplateFor(hbsText) {
  const run =
    '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr>';
  const paragraphs = hbsText
    .split(/\r?\n/)
    .map(
      (line) =>
        `<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>` +
        `<w:r>${run}<w:t xml:space="preserve">${esc(line.replace(/\{\{\s*([\w.]+)\s*\}\}/g, "{$1}"))}</w:t>` +
        `</w:r></w:p>`,
    )
    .join("");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}<w:sectPr>
<w:pgSz w:w="11906" w:h="16838"/>
<w:pgMar w:top="2098" w:bottom="1984" w:left="1587" w:right="1474" w:header="851" w:footer="992" w:gutter="0"/>
</w:sectPr></w:body></w:document>`;
  const zip = new PizZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", RELS);
  zip.file("word/document.xml", document);
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}
