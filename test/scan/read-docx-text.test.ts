import { Document, Packer, Paragraph, TabStopType, TextRun } from "docx";
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { scanText } from "../../src/scan/scan-text.js";
import { readDocxText } from "../../src/ooxml/read-docx-text.js";

/** A minimal .docx holding only the given body XML. */
function docxWithBody(body: string): Uint8Array {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>' +
    body +
    "</w:body></w:document>";
  return zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml) });
}

/** The text, failing the test when the file could not be read. */
function textOf(bytes: Uint8Array): string {
  const r = readDocxText(bytes, "t.docx");
  if (!r.ok) throw new Error(`unexpected ${r.diagnostics[0]!.code}`);
  return r.text;
}

describe("readDocxText", () => {
  test("one line per paragraph; runs joined; tabs, breaks and entities", () => {
    const bytes = docxWithBody(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
        '<w:r><w:t>在县委X届</w:t></w:r><w:r><w:t xml:space="preserve">X次全会 </w:t></w:r></w:p>' +
        "<w:p/>" +
        "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙&amp;&lt;&#x4E01;&#25103;</w:t></w:r></w:p>" +
        '<w:p><w:r><w:t xml:space="preserve"/></w:r><w:r><w:t>尾</w:t></w:r></w:p>',
    );
    expect(textOf(bytes)).toBe("在县委X届X次全会 \n\n甲\t乙\n丙&<丁戏\n尾");
  });

  test("a text box is read once, not again from its fallback copy", () => {
    const bytes = docxWithBody(
      "<w:p><w:r><w:t>正文X县</w:t></w:r><w:r><mc:AlternateContent><mc:Choice>" +
        "<w:txbxContent><w:p><w:r><w:t>框内X镇</w:t></w:r></w:p></w:txbxContent></mc:Choice>" +
        "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>框内X镇</w:t></w:r></w:p></w:txbxContent></mc:Fallback>" +
        "</mc:AlternateContent></w:r></w:p>",
    );
    expect(textOf(bytes)).toBe("框内X镇\n正文X县");
  });

  test("a Word file written by the docx package scans like its text", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun("在县委X届X次全会上的讲话")] }),
            new Paragraph({
              tabStops: [{ type: TabStopType.LEFT, position: 2000 }],
              children: [new TextRun("全县规模工业总产值X亿元，增速X%"), new TextRun({ text: "自X月X日后", break: 1 })],
            }),
          ],
        },
      ],
    });
    const text = textOf(new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toBe("在县委X届X次全会上的讲话\n全县规模工业总产值X亿元，增速X%\n自X月X日后");
    expect(scanText(text).placeholders.map((p) => [p.line, p.column, p.kind])).toEqual([
      [1, 4, "ordinal"],
      [1, 6, "ordinal"],
      [2, 10, "amount"],
      [2, 16, "percent"],
      [3, 2, "date"],
    ]);
  });

  test("bytes that are not a Word file come back as diagnostics, not throws", () => {
    const garbage = readDocxText(new Uint8Array([1, 2, 3]), "t.docx");
    expect(garbage.ok ? "" : garbage.diagnostics[0]!.code).toBe("zip-corrupt");
    const noDocument = readDocxText(zipSync({ "a.txt": strToU8("x") }), "t.docx");
    expect(noDocument.ok ? "" : noDocument.diagnostics[0]).toMatchObject({ code: "bad-docx", file: "t.docx" });
  });
});

describe("readDocxText on malformed XML is linear", () => {
  // Before: tag bodies matched [^>]*, so each of the 80,000 "<w:p " rescanned the rest of the file (minutes).
  test.each([
    ["<w:p ", "<w:p "],
    ["<w:t ", "<w:t "],
    ["unclosed text boxes", "<mc:Fallback>"],
  ])("400 KB of %s", (_, unit) => {
    const bytes = docxWithBody(unit.repeat(Math.ceil(400_000 / unit.length)));
    const started = performance.now();
    const r = readDocxText(bytes, "t.docx");
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.ok).toBe(true);
  });
});
