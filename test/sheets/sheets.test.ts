import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadData, loadTemplate } from "../../src/index.js";
import { parseCsv } from "../../src/source/parse-csv.js";
import { readXlsx } from "../../src/source/read-xlsx.js";
import { EXAMPLE, tempDir, xfill } from "../helpers/cli.js";

const loaded = await loadTemplate("county-plenary-speech", { render: false });
if (!loaded.ok) throw new Error("template");
const template = loaded.template;
const example = loadData(readFileSync(EXAMPLE, "utf8"), EXAMPLE);
const keys = template.fields.map((f) => f.key);
/** Column letters, written out independently of the code under test. */
const letters = (n: number) =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
const badColumn = letters(keys.indexOf("review.economy.industrialOutput") + 1);

/** Three counties: the example, the example under another name, and one with a wrong figure. */
function counties(): string[][] {
  const values = (county: string, output: string) =>
    keys.map((k) =>
      k === "county" ? county : k === "review.economy.industrialOutput" ? output : example.entries.get(k)!.source,
    );
  // Header: Chinese labels for the first ten columns (one with its unit in brackets), keys for the rest.
  const header = template.fields.map((f, i) =>
    i < 10 ? (f.unit && i === 5 ? `${f.label}（${f.unit}）` : f.label) : f.key,
  );
  return [header, values("秦川", "42.36"), values("云台", "12.30"), values("白河", "约42")];
}

function csvText(rows: string[][]): string {
  const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

/**
 * An .xlsx the way Excel writes one: shared strings, figures stored as numbers with a "0.00" format (so 12.30 is
 * stored as 12.3 and shown as 12.30), cells in r="B3" form, a workbook, its rels and styles.
 */
function excelLike(rows: string[][]): Uint8Array {
  const sst: string[] = [];
  const si = (s: string) => (sst.includes(s) ? sst.indexOf(s) : sst.push(s) - 1);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const cell = (v: string, r: number, c: number) => {
    const ref = `${letters(c + 1)}${r + 1}`;
    if (r > 0 && /^\d+\.\d\d$/.test(v)) return `<c r="${ref}" s="1"><v>${Number(v)}</v></c>`;
    if (r > 0 && /^\d+$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
    return `<c r="${ref}" t="s"><v>${si(v)}</v></c>`;
  };
  const data = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join("")}</row>`).join("");
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="县情" sheetId="1" r:id="rId3"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId3" Type="${rel}/worksheet" Target="worksheets/sheet7.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet7.xml": strToU8(`<worksheet xmlns="${main}"><sheetData>${data}</sheetData></worksheet>`),
    "xl/sharedStrings.xml": strToU8(
      `<sst xmlns="${main}">${sst.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`,
    ),
    "xl/styles.xml": strToU8(
      `<styleSheet xmlns="${main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  });
}

describe("reading sheets", () => {
  it("CSV: quoted commas, quotes and line breaks, CRLF; a quoted line break stays in its row", () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"two\nlines",x,\r\n')).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["two\nlines", "x", ""],
    ]);
  });

  it("xlsx as Excel writes it: shared strings, 12.30 kept through its 0.00 format, cells in place", () => {
    const r = readXlsx(excelLike(counties()), "c.xlsx");
    if (!r.ok) throw new Error(r.diagnostics[0]!.code);
    expect(r.rows).toEqual(counties());
  });

  it("a zip bomb in an .xlsx is refused by read-zip's limits, not inflated", async () => {
    const big = new Uint8Array(80 * 1024 * 1024);
    const bytes = zipSync({ "xl/workbook.xml": big }, { level: 9 });
    const r = readXlsx(bytes, "bomb.xlsx");
    expect(r.ok).toBe(false);
  });
});

describe("batch, check and render over a data sheet", () => {
  for (const kind of ["csv", "xlsx"] as const) {
    it(`three counties in a .${kind}, one invalid: two documents, the bad row reported by row and column`, () => {
      const dir = tempDir();
      const sheet = join(dir, `县情.${kind}`);
      writeFileSync(sheet, kind === "csv" ? "\uFEFF" + csvText(counties()) : excelLike(counties()));
      const out = join(dir, "out");
      const r = xfill(["batch", "county-plenary-speech", sheet, "-o", out]);
      expect(r.code).toBe(1);
      expect(readdirSync(out).sort()).toEqual(["县情-云台.txt", "县情-秦川.txt"]);
      expect(readFileSync(join(out, "县情-云台.txt"), "utf8")).toContain("全县规模工业总产值12.30亿元");
      expect(r.stderr).toContain(`县情.${kind} 第4行 ${badColumn}列`);
      expect(r.stderr).toContain("约42");

      const check = xfill(["check", "county-plenary-speech", sheet, "--json"]);
      expect(check.code).toBe(1);
      const reports = JSON.parse(check.stdout);
      expect(reports.map((x: { row: number; complete: boolean }) => [x.row, x.complete])).toEqual([
        [2, true],
        [3, true],
        [4, false],
      ]);
      expect(
        reports[2].invalid.map((e: { key: string; line: number; column: number }) => [e.key, e.line, e.column]),
      ).toEqual([["review.economy.industrialOutput", 4, keys.indexOf("review.economy.industrialOutput") + 1]]);
      const text = xfill(["check", "county-plenary-speech", sheet]);
      expect(text.stdout).toContain(`第4行 ${badColumn}列`);

      // render takes one row by its number.
      const one = xfill(["render", "county-plenary-speech", `${sheet}#3`]);
      expect(one.code).toBe(0);
      expect(one.stdout).toContain("云台县");
      const many = xfill(["render", "county-plenary-speech", sheet]);
      expect(many.code).toBe(2);
      expect(many.stderr).toContain("xfill batch");
    });
  }

  it("an .xlsx written by another program (openpyxl: numbers with formats, real dates) renders as the YAML does", () => {
    const fixture = join(import.meta.dirname, "..", "fixtures", "sheets", "counties.openpyxl.xlsx");
    const fromSheet = xfill(["render", "county-plenary-speech", `${fixture}#2`]);
    const fromYaml = xfill(["render", "county-plenary-speech", EXAMPLE]);
    expect(fromSheet.code).toBe(0);
    expect(fromSheet.stdout).toBe(fromYaml.stdout);
    const reports = JSON.parse(xfill(["check", "county-plenary-speech", fixture, "--json"]).stdout);
    expect(reports.map((x: { name: string; complete: boolean }) => [x.name, x.complete])).toEqual([
      ["秦川", true],
      ["云台", true],
      ["白河", false],
    ]);
  });

  it("a GBK CSV saved by Excel on Chinese Windows reads the same", () => {
    const dir = tempDir();
    const gbk = join(dir, "gbk.csv");
    const utf8 = csvText(counties().slice(0, 2));
    writeFileSync(gbk, Buffer.from(new TextEncoder().encode(utf8)));
    // Node has no GBK encoder; the fixture is the same two rows saved as GBK (see test/fixtures/sheets/README.md).
    writeFileSync(gbk, readFileSync(join(import.meta.dirname, "..", "fixtures", "sheets", "two-rows.gbk.csv")));
    const check = xfill(["check", "county-plenary-speech", gbk, "--json"]);
    expect(JSON.parse(check.stdout).map((x: { complete: boolean; name: string }) => [x.name, x.complete])).toEqual([
      ["秦川", true],
    ]);
  });

  for (const kind of ["xlsx", "csv"] as const) {
    it(`init --sheet writes the empty .${kind}; check reads it back as all unfilled`, () => {
      const dir = tempDir();
      const sheet = join(dir, `模板.${kind}`);
      const r = xfill(["init", "county-plenary-speech", "--sheet", "-o", sheet]);
      expect(r.code).toBe(0);
      const check = xfill(["check", "county-plenary-speech", sheet, "--json"]);
      expect(check.code).toBe(1);
      const [report] = JSON.parse(check.stdout);
      expect(report.unfilled.map((u: { key: string }) => u.key).sort()).toEqual([...keys].sort());
      expect(report.invalid).toEqual([]);
      expect(report.unknown).toEqual([]);
    });
  }
});
