import { strToU8, zipSync } from "fflate";
import { columnLetters } from "../diagnostics/place-text.js";
import type { Template } from "../template/template.js";
import { DOCUMENT_KEYS, isDocumentKey } from "./document-info.js";
import { fieldsInSpeechOrder } from "./skeleton.js";

/**
 * The empty data sheet `init --sheet` writes: row 1 the field keys (what xfill reads), row 2 each field's label,
 * unit and example (skipped when read back), in speech order; one county per row from row 3. `helpText` words a
 * column's second-row cell. As .xlsx the columns are formatted as text, so 12.30 typed in Excel stays 12.30;
 * as .csv it is UTF-8 with a BOM and CRLF, which Excel opens without garbling the Chinese.
 */
export function sheetSkeleton(
  template: Template,
  format: "xlsx" | "csv",
  helpText: (key: string) => string,
): Uint8Array {
  const keys = fieldsInSpeechOrder(template).map((f) => f.key);
  if (isDocumentKey(template, "document.date")) keys.push(...DOCUMENT_KEYS);
  const rows = [keys, keys.map(helpText)];
  if (format === "csv") {
    const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    return strToU8("\uFEFF" + rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n");
  }
  return xlsx(rows);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function xlsx(rows: string[][]): Uint8Array {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const width = rows[0]!.length;
  const sheetRows = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r
          .map((c, j) => {
            const ref = `${columnLetters(j + 1)}${i + 1}`;
            return `<c r="${ref}" t="inlineStr" s="${i === 0 ? 2 : 3}"><is><t>${esc(c)}</t></is></c>`;
          })
          .join("")}</row>`,
    )
    .join("");
  const sheet =
    `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>` +
    `</sheetView></sheetViews><cols><col min="1" max="${width}" width="22" style="1" customWidth="1"/></cols><sheetData>${sheetRows}</sheetData></worksheet>`;
  const styles =
    `${XML}<styleSheet xmlns="${MAIN}"><fonts count="3"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font>` +
    `<font><sz val="10"/><color rgb="FF808080"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>` +
    `<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4">` +
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
    `<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment wrapText="1"/></xf>` +
    `</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      "xl/workbook.xml": strToU8(
        `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
      "xl/styles.xml": strToU8(styles),
    },
    { level: 6 },
  );
}
