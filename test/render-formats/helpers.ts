import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

/** The seed speech (from its title on) with every blank filled, as the core renders it. */
export const SPEECH = readFileSync(new URL("./fixtures/speech.txt", import.meta.url), "utf8");

/** Every part of a .docx as text, keyed by its name in the package. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

export interface Para {
  pPr: string;
  runs: { rPr: string; text: string }[];
  text: string;
}

/** The paragraphs of a WordprocessingML part, with each run's properties and text, read with regexes. */
export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner!)?.[1] ?? "";
    const runs = [...inner!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r!)?.[1] ?? "",
      text: [...r!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
    }));
    return { pPr, runs, text: runs.map((r) => r.text).join("") };
  });
}

/** The XML of one style in styles.xml, by id. */
export function style(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}
