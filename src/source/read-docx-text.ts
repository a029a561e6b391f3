import { strFromU8 } from "fflate";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { readZipParts, type ZipLimits } from "./read-zip.js";

/**
 * Every tag body is `[^<>]*`, never `[^>]*`: on a malformed run like `<w:p <w:p <w:p …` a body that may cross
 * `<` would rescan the rest of the file from every start (quadratic); this way each scan ends at the next tag.
 *
 * The pieces of WordprocessingML that carry text or structure: paragraph open/close (1 = "/", 2 = "/" of
 * `<w:p/>`), paragraph properties (3, 4; their `w:tab` are tab stops, not tabs), run text (5), and
 * tabs and breaks (6).
 */
const PIECE =
  /<(\/?)w:p(?=[\s/>])[^<>]*?(\/?)>|<(\/?)w:pPr(?=[\s/>])[^<>]*?(\/?)>|<w:t(?:\s[^<>]*)?(?<!\/)>([^<]*)<\/w:t>|<w:(tab|br|cr|noBreakHyphen|softHyphen)(?=[\s/>])[^<>]*>/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export type DocxTextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * The text of a Word file: each paragraph of word/document.xml in order, one per line, with tabs as
 * `\t` and line breaks inside a paragraph as newlines. Bytes that are not a .docx, or that expand past the
 * zip limits, come back as a diagnostic naming `file`.
 */
export function readDocxText(bytes: Uint8Array, file = "", limits?: Partial<ZipLimits>): DocxTextResult {
  const zip = readZipParts(bytes, ["word/document.xml"], { file, limits });
  if (!zip.ok) return zip;
  const xml = zip.parts.get("word/document.xml");
  if (!xml) return { ok: false, diagnostic: error("bad-docx", { file }) };
  // Word joiners (U+2060) only steer line breaking; they are not part of the text.
  return { ok: true, text: paragraphs(withoutFallbacks(strFromU8(xml))).join("\n").replace(/\u2060/g, "") };
}

/** The fallback copy of a text box repeats the text of the modern copy; only one is read. Linear: one pass of indexOf. */
function withoutFallbacks(xml: string): string {
  const open = "<mc:Fallback";
  const close = "</mc:Fallback>";
  let start = xml.indexOf(open);
  if (start < 0) return xml;
  let out = "";
  let from = 0;
  while (start >= 0) {
    const end = xml.indexOf(close, start);
    if (end < 0) break;
    out += xml.slice(from, start);
    from = end + close.length;
    start = xml.indexOf(open, from);
  }
  return out + xml.slice(from);
}

/** Walks the pieces; a paragraph nested in a text box becomes its own line, before the one holding it. */
function paragraphs(xml: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let inProps = 0;
  for (const m of xml.matchAll(PIECE)) {
    const [, pClose, pEmpty, propsClose, propsEmpty, runText, mark] = m;
    if (pClose !== undefined) {
      if (pClose === "/") lines.push(open.pop() ?? "");
      else if (pEmpty === "/") lines.push("");
      else open.push("");
    } else if (propsClose !== undefined) {
      if (propsEmpty !== "/") inProps += propsClose === "/" ? -1 : 1;
    } else if (open.length > 0 && inProps === 0) {
      const piece = runText !== undefined ? decodeEntities(runText) : MARKS[mark!] ?? "\n";
      open[open.length - 1] += piece;
    }
  }
  return lines;
}

/** What each mark stands for in plain text: a non-breaking hyphen is a hyphen, a soft hyphen nothing. */
const MARKS: Record<string, string> = { tab: "\t", br: "\n", cr: "\n", noBreakHyphen: "-", softHyphen: "" };

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    name ? NAMED[name]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );
}
