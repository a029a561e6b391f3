import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { wordDocument } from "../../scripts/dev/word-document.mjs";

// A test document made the way Word makes it: the `docx` package writes the package (styles, numbering,
// settings, relationships, a header, a footer, a footnote, a table, a hyperlink, an image), then the
// paragraphs marked 【case】 are replaced by XML hand-written after what Word itself saves: blanks split
// over runs with their own formatting, spell-check marks, bookmarks, rendered page breaks and rsids inside
// a blank, a content control, a smart tag, a field, a tracked deletion, a text box with its VML fallback.

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const FS = '<w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>';
const r = (text: string, props = "", attrs = ' w:rsidR="00A1B2C3"') =>
  `<w:r${attrs}><w:rPr>${FS}${props}<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (inner: string, pPr = '<w:pPr><w:ind w:firstLine="640"/></w:pPr>') =>
  `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6">${pPr}${inner}</w:p>`;

/** The hand-written paragraphs, by the marker of the paragraph they replace. */
export const CASES: Record<string, string> = {
  // X bold, "." italic, X underlined: one percent blank over three runs.
  split: p(
    r("全县规模工业增加值增长") +
      r("X", "<w:b/>") +
      r(".", "<w:i/>") +
      r("X", '<w:u w:val="single"/>') +
      r("%，高于全市平均。"),
  ),
  // Spell-check marks, a bookmark, a rendered page break and a revision id between the X's of one blank.
  proof: p(
    r("完成固定资产投资") +
      '<w:proofErr w:type="spellStart"/>' +
      r("X", "", ' w:rsidR="00B7C8D9"') +
      '<w:bookmarkStart w:id="7" w:name="_Hlk1"/>' +
      '<w:r w:rsidRPr="00E1F2A3"><w:rPr>' +
      FS +
      '<w:sz w:val="32"/></w:rPr><w:lastRenderedPageBreak/><w:t>X</w:t></w:r>' +
      '<w:bookmarkEnd w:id="7"/><w:proofErr w:type="spellEnd"/>' +
      r("亿元。"),
  ),
  // A content control and a smart tag around blanks.
  control: p(
    r("本次会议由") +
      '<w:sdt><w:sdtPr><w:id w:val="-1234"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_1"/></w:placeholder></w:sdtPr>' +
      `<w:sdtContent>${r("X")}</w:sdtContent></w:sdt>` +
      r("同志主持，") +
      `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${r("X")}</w:smartTag>` +
      r("镇作交流发言。"),
  ),
  // A field: its code (w:instrText) holds an X and must stay; its result is text on the page.
  field: p(
    r("见第") +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF X_ref \\h </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("2")}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      r("页，全年接待游客X万人次。"),
  ),
  // A tracked deletion holding an X: deleted text is never touched.
  deleted: p(
    r("新增就业") +
      `<w:del w:id="90" w:author="办公室" w:date="2020-07-01T08:00:00Z"><w:r><w:rPr>${FS}</w:rPr><w:delText>X千</w:delText></w:r></w:del>` +
      r("X人。"),
  ),
  // A text box as Word 2010+ saves it: the DrawingML copy and the VML fallback, each holding the text.
  textbox: p(
    r("附：") +
      `<w:r><w:rPr>${FS}</w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
      `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
      `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>` +
      `</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
      `<wp:extent cx="2000000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="10" name="文本框 1"/><wp:cNvGraphicFramePr/>` +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>` +
      `<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="500000"/>` +
      `</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>` +
      `<w:txbxContent>${p(r("联系人：X科长"), "")}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>` +
      `</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>` +
      `<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:157pt;height:39pt">` +
      `<v:textbox><w:txbxContent>${p(r("联系人：X科长"), "")}</w:txbxContent></v:textbox></v:shape></w:pict>` +
      `</mc:Fallback></mc:AlternateContent></w:r>`,
  ),
  // A Latin-font X whose paragraph mark carries the Chinese font: a Chinese value must get that font.
  latin: p(
    '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="32"/></w:rPr><w:t>X</w:t></w:r>' +
      r("乡村振兴示范村建设稳步推进。"),
    `<w:pPr><w:ind w:firstLine="640"/><w:rPr>${FS}</w:rPr></w:pPr>`,
  ),
};

/** The blanks of the document, in the order import finds them, as the text around them reads. */
export const BLANK_COUNT = 17;

/**
 * The whole test document. Blanks: title X, split X.X%, proof XX, control X + X, field X, deleted-case X,
 * text box X (once), latin X, table 4, hyperlink X, footnote X, header XX, footer 20XX年X月X日 (one date).
 */
export async function wordLikeDocument(): Promise<Uint8Array> {
  const marker = (name: string) => new Paragraph({ children: [new TextRun(`【${name}】`)] });
  const cell = (text: string) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun(text)] })],
      width: { size: 2000, type: WidthType.DXA },
    });
  const content = {
    footnotes: { 1: { children: [new Paragraph({ children: [new TextRun("数据来源：X县统计局。")] })] } },
    header: new Paragraph({ children: [new TextRun({ text: "XX县人民政府办公室", font: { eastAsia: "宋体" } })] }),
    footer: new Paragraph({ children: [new TextRun("20XX年X月X日印发")] }),
    children: [
      new Paragraph({
        children: [new TextRun({ text: "在全县X工作会议上的讲话", bold: true, color: "C00000", size: 44 })],
      }),
      ...Object.keys(CASES).map(marker),
      new Table({
        rows: [
          new TableRow({ children: ["镇名", "产值（万元）", "增幅（%）"].map(cell) }),
          new TableRow({ children: ["柳河镇", "X", "X"].map(cell) }),
          new TableRow({ children: ["白河镇", "XX", "X"].map(cell) }),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun("详见"),
          new ExternalHyperlink({
            link: "https://example.gov.cn/report",
            children: [new TextRun({ text: "X县统计公报", style: "Hyperlink" })],
          }),
          new TextRun("。"),
          new FootnoteReferenceRun(1),
        ],
      }),
      new Paragraph({
        children: [new ImageRun({ type: "png", data: PNG, transformation: { width: 20, height: 20 } })],
      }),
    ],
  };
  const withCases = (xml: string) =>
    Object.entries(CASES).reduce((out, [name, caseXml]) => {
      const re = new RegExp(`<w:p>(?:(?!<w:p>)[\\s\\S])*?【${name}】[\\s\\S]*?</w:p>`);
      if (!re.test(out)) throw new Error(`marker ${name} not found`);
      return out.replace(re, () => caseXml);
    }, xml);
  return wordDocument(content, { "word/document.xml": withCases });
}
