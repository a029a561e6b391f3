import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tempDir } from "./temp.js";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** Why LibreOffice tests cannot run here ("" when they can): soffice and poppler's pdftotext are needed. */
export const libreOfficeMissing = [
  has("soffice") ? "" : "soffice (LibreOffice)",
  has("pdftotext") ? "" : "pdftotext (poppler-utils)",
]
  .filter(Boolean)
  .join(", ");

/** The free stand-ins for 仿宋, 楷体, 黑体 and 小标宋 that scripts/dev/preview-docx.sh uses too. */
const FONTS_CONF = fileURLToPath(new URL("../../scripts/dev/fonts/fonts.conf", import.meta.url));

/**
 * Converts .docx files to PDF in outDir with one headless LibreOffice run, in a private profile (no clash
 * with an office already open, nothing left behind), bounded to two minutes.
 */
export function convertToPdf(files: string[], outDir: string): void {
  const profile = tempDir("xfill-lo-");
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...files],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, timeout: 120_000, killSignal: "SIGKILL", encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr}`);
}

/** One line of a PDF page as poppler reads it: its text (spaces removed) and its left edge in points. */
export interface PdfLine {
  page: number;
  text: string;
  xMin: number;
  yMax: number;
}

/** Every line of text in a PDF, page by page, from `pdftotext -bbox-layout`. */
export function pdfLines(pdf: string): PdfLine[] {
  const xml = spawnSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 }).stdout;
  const out: PdfLine[] = [];
  let page = 0;
  for (const m of xml.matchAll(
    /<page |<line xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
  )) {
    if (m[0] === "<page ") {
      page++;
      continue;
    }
    const words = [...m[3]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescapeXml(w[1]!));
    out.push({ page, text: words.join(""), xMin: Number(m[1]), yMax: Number(m[2]) });
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
