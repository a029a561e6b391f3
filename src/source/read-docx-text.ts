import { strFromU8, unzipSync } from "fflate";

/**
 * The pieces of WordprocessingML that carry text or structure: paragraph open/close (1 = "/", 2 = "/" of
 * `<w:p/>`), paragraph properties (3, 4; their `w:tab` are tab stops, not tabs), run text (5), and
 * tabs and breaks (6).
 */
const PIECE =
  /<(\/?)w:p(?=[\s/>])[^>]*?(\/?)>|<(\/?)w:pPr(?=[\s/>])[^>]*?(\/?)>|<w:t(?:\s[^>]*)?(?<!\/)>([^<]*)<\/w:t>|<w:(tab|br|cr|noBreakHyphen|softHyphen)(?=[\s/>])[^>]*>/g;
/** The fallback copy of a text box repeats the text of the modern copy; only one is read. */
const FALLBACK = /<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * The text of a Word file: each paragraph of word/document.xml in order, one per line, with tabs as
 * `\t` and line breaks inside a paragraph as newlines. Throws when the bytes are not a .docx, which a
 * caller reports as an I/O error.
 */
export function readDocxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" });
  const xml = files["word/document.xml"];
  if (!xml) throw new Error("not a Word document: word/document.xml is missing");
  // Word joiners (U+2060) only steer line breaking; they are not part of the text.
  return paragraphs(strFromU8(xml).replace(FALLBACK, "")).join("\n").replace(/\u2060/g, "");
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
