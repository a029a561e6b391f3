import { strFromU8 } from "fflate";
import { error } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";
import { readZipParts } from "./read-zip.js";

/**
 * The first worksheet of an .xlsx workbook as text cells, each as Excel shows it: shared and inline strings,
 * numbers through their cell's number format where that format fixes the decimals ("0.00" keeps 12.30 as 12.30,
 * "0.0%" shows 0.052 as 5.2%), dates as 2020-03-15. Rows and columns keep their places (row i is sheet row i+1,
 * column j is column j+1), empty ones included. The package is read under read-zip's size limits.
 */
export function readXlsx(bytes: Uint8Array, file: string): Result<{ rows: string[][] }> {
  const base = readZipParts(
    bytes,
    ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"],
    { file },
  );
  if (!base.ok) return failure(...base.diagnostics);
  const bad = () => failure(error("bad-xlsx", { file }));
  const workbook = text(base.parts.get("xl/workbook.xml"));
  const rels = text(base.parts.get("xl/_rels/workbook.xml.rels"));
  const sheetTag = elements(workbook, "sheet")[0]?.attrs ?? "";
  const firstSheet = attr(sheetTag, "r:id") ?? attr(sheetTag, "id");
  // Compared as text, never put into a regex: the id is the file's own (r:id="(" once crashed the reader).
  const relation =
    firstSheet === undefined
      ? undefined
      : elements(rels, "Relationship").find((r) => attr(r.attrs, "Id") === firstSheet);
  const target = relation ? attr(relation.attrs, "Target") : undefined;
  const sheetPath = target
    ? target.startsWith("/")
      ? target.slice(1)
      : `xl/${target.replace(/^\.\//, "")}`
    : "xl/worksheets/sheet1.xml";
  const sheet = readZipParts(bytes, [sheetPath], { file });
  if (!sheet.ok) return failure(...sheet.diagnostics);
  const xml = text(sheet.parts.get(sheetPath));
  if (!xml) return bad();
  const shared = elements(text(base.parts.get("xl/sharedStrings.xml")), "si").map((si) => runsText(si.body));
  const formats = numberFormats(text(base.parts.get("xl/styles.xml")));
  const rows: string[][] = [];
  for (const c of elements(xml, "c")) {
    const attrs = c.attrs;
    const ref = /\br="([A-Z]+)(\d+)"/.exec(attrs);
    if (!ref) continue;
    const row = Number(ref[2]) - 1;
    const col = columnNumber(ref[1]!) - 1;
    if (row > 1_000_000 || col > 16_384) continue;
    const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
    const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
    const body = c.body;
    const v = unescapeXml(elements(body, "v")[0]?.body ?? "");
    let value: string;
    if (type === "s") value = shared[Number(v)] ?? "";
    else if (type === "inlineStr") value = runsText(elements(body, "is")[0]?.body ?? "");
    else if (type === "b") value = v === "1" ? "TRUE" : v === "0" ? "FALSE" : v;
    else if (type === "n" && v !== "") value = showNumber(v, formats[style]);
    else value = v;
    (rows[row] ??= [])[col] = value;
  }
  return { ok: true, diagnostics: [], rows: Array.from(rows, (r) => Array.from(r ?? [], (x) => x ?? "")) };
}

function text(part: Uint8Array | undefined): string {
  return part ? strFromU8(part) : "";
}

/** The text of a shared or inline string: its <t> pieces (rich-text runs), phonetic guides left out. */
function runsText(xml: string): string {
  const phonetic = elements(xml, "rPh");
  let noPhonetic = "";
  let at = 0;
  for (const p of phonetic) {
    noPhonetic += xml.slice(at, p.start);
    at = p.end;
  }
  noPhonetic += xml.slice(at);
  return elements(noPhonetic, "t")
    .map((t) => unescapeXml(t.body))
    .join("");
}

/** One element of a flat XML scan: the text of its start tag's attributes, its content, where it lies. */
interface XmlElement {
  attrs: string;
  body: string;
  start: number;
  end: number;
}

/**
 * Every `<name …>…</name>` (or `<name …/>`) in order, in time linear in the text. The regexes this replaces
 * (`<c\b([^>]*?)…([\s\S]*?)<\/c>`) rescanned the rest of the text from each start tag that had no end: 450 KB
 * of "<c " took 27 s. Here each search moves forward only, and a start tag with no end stops the scan,
 * since no later one can have one either.
 */
function elements(xml: string, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) break;
    const after = xml[start + open.length];
    if (after !== ">" && after !== "/" && after !== " " && after !== "\t" && after !== "\n" && after !== "\r") {
      at = start + open.length;
      continue;
    }
    const gt = xml.indexOf(">", start + open.length);
    if (gt < 0) break;
    if (xml[gt - 1] === "/") {
      out.push({ attrs: xml.slice(start + open.length, gt - 1), body: "", start, end: gt + 1 });
      at = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt + 1);
    if (end < 0) break;
    out.push({
      attrs: xml.slice(start + open.length, gt),
      body: xml.slice(gt + 1, end),
      start,
      end: end + close.length,
    });
    at = end + close.length;
  }
  return out;
}

/** The value of one attribute in a start tag's attribute text. */
function attr(attrs: string, name: string): string | undefined {
  const at = attrs.search(new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}="`));
  if (at < 0) return undefined;
  const from = attrs.indexOf('"', at) + 1;
  const to = attrs.indexOf('"', from);
  return to < 0 ? undefined : unescapeXml(attrs.slice(from, to));
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "quot"
          ? '"'
          : e === "apos"
            ? "'"
            : e === "amp"
              ? "&"
              : codePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/** A character reference's character; U+FFFD for a number past Unicode (String.fromCodePoint would throw). */
function codePoint(n: number): string {
  return n <= 0x10ffff ? String.fromCodePoint(n) : "\ufffd";
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Built-in number formats that matter for figures and dates (ECMA-376 18.8.30). */
const BUILTIN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "yyyy-mm-dd",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  22: "yyyy-mm-dd h:mm",
};

/** The number format code of each cell style (the s="…" index). */
function numberFormats(styles: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  for (const f of elements(styles, "numFmt")) {
    const id = attr(f.attrs, "numFmtId");
    const code = attr(f.attrs, "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const xfs = elements(styles, "cellXfs")[0]?.body ?? "";
  return elements(xfs, "xf").map((x) => {
    const id = Number(attr(x.attrs, "numFmtId") ?? 0);
    return custom.get(id) ?? BUILTIN[id];
  });
}

/** A number as its format shows it, where the format fixes decimals, percent or a date; else as stored. */
function showNumber(raw: string, format: string | undefined): string {
  const n = Number(raw);
  if (!format || !Number.isFinite(n)) return raw;
  const code = format.split(";")[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (/[yd]/i.test(code) || /m{1,2}.*d|d.*m/i.test(code)) return excelDate(n);
  const decimals = /\.(0+)/.exec(code)?.[1]?.length ?? (/0/.test(code) ? 0 : undefined);
  if (decimals === undefined) return raw;
  if (code.includes("%")) return `${(n * 100).toFixed(decimals)}%`;
  return n.toFixed(decimals);
}

/** An Excel serial day (1900 system) as 2020-03-15. */
function excelDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
