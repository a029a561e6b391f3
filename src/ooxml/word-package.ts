import { posix } from "node:path";
import { strFromU8 } from "fflate";
import { error } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";
import { readZipParts, type ZipLimits } from "../source/read-zip.js";
import { readParagraphs, type Paragraph, type Story } from "./paragraphs.js";
import { readZipEntries, type StoredEntry } from "./zip-entries.js";

/** A part of the package that carries text a reader sees: the body, a header or footer, the notes. */
export interface TextPart {
  name: string;
  story: Story;
  xml: string;
  paragraphs: Paragraph[];
}

/** A Word file opened: every entry as stored, the parts that carry text in reading order, and styles.xml. */
export interface WordPackage {
  entries: StoredEntry[];
  /** Body, footnotes, endnotes, headers, footers. */
  textParts: TextPart[];
  /** word/styles.xml (or the styles part the document names), "" when there is none. */
  styles: string;
}

export type OpenWordResult = Result<{ pkg: WordPackage }>;

const REL = /<Relationship\b[^<>]*>/g;
const STORY_OF: Record<string, Story> = {
  header: "header",
  footer: "footer",
  footnotes: "footnote",
  endnotes: "endnote",
};
const ORDER: Story[] = ["body", "footnote", "endnote", "header", "footer"];

/**
 * Opens a .docx: finds the main document through the package relationships, and its headers, footers,
 * footnotes, endnotes and styles through the document's. Parts are inflated by the bounded zip reader; bytes
 * that are not a Word document, or expand past its limits, come back as diagnostics naming `file`.
 */
export function openWordPackage(bytes: Uint8Array, file = "", limits?: Partial<ZipLimits>): OpenWordResult {
  const rels = readZipParts(bytes, (n) => n.endsWith(".rels"), { file, limits });
  if (!rels.ok) return failure(...rels.diagnostics);
  const rel = (name: string) => {
    const b = rels.parts.get(name);
    return b ? strFromU8(b) : "";
  };
  const main =
    relationships(rel("_rels/.rels"), "").find((r) => r.type === "officeDocument")?.target ?? "word/document.xml";
  const dir = posix.dirname(main);
  const wanted: { name: string; story?: Story }[] = [{ name: main, story: "body" }];
  for (const r of relationships(rel(`${dir}/_rels/${posix.basename(main)}.rels`), dir)) {
    const story = STORY_OF[r.type];
    if ((story || r.type === "styles") && !wanted.some((w) => w.name === r.target))
      wanted.push({ name: r.target, story });
  }
  const read = readZipParts(
    bytes,
    wanted.map((w) => w.name),
    { file, limits },
  );
  if (!read.ok) return failure(...read.diagnostics);
  const text = (name: string) => {
    const b = read.parts.get(name);
    return b ? strFromU8(b) : undefined;
  };
  const mainXml = text(main);
  if (mainXml === undefined || !/<w:document\b/.test(mainXml)) return failure(error("bad-docx", { file }));
  let entries: StoredEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch {
    return failure(error("zip-corrupt", { file }));
  }
  const textParts = wanted
    .filter((w): w is { name: string; story: Story } => w.story !== undefined && read.parts.has(w.name))
    .sort(
      (a, b) =>
        ORDER.indexOf(a.story) - ORDER.indexOf(b.story) || a.name.localeCompare(b.name, "en", { numeric: true }),
    )
    .map(({ name, story }) => {
      const xml = text(name)!;
      return { name, story, xml, paragraphs: readParagraphs(xml, story) };
    });
  const styles = wanted.find((w) => w.story === undefined);
  return { ok: true, diagnostics: [], pkg: { entries, textParts, styles: (styles && text(styles.name)) ?? "" } };
}

/** The relationships of a .rels part: the last segment of each type, and each internal target as a part name. */
function relationships(rels: string, baseDir: string): { type: string; target: string }[] {
  const out: { type: string; target: string }[] = [];
  for (const [tag] of rels.matchAll(REL)) {
    if (/TargetMode="External"/.test(tag)) continue;
    const type = /Type="([^"]*)"/.exec(tag)?.[1]?.split("/").pop();
    const target = /Target="([^"]*)"/.exec(tag)?.[1];
    if (!type || !target) continue;
    const name = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(baseDir, target));
    out.push({ type, target: name });
  }
  return out;
}
