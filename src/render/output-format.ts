import { extname } from "node:path";

/** The formats render can write. */
export const FORMATS = ["txt", "md", "html", "docx"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** The format for an output path: --format wins, then the extension, then plain text. */
export function formatFor(path: string | undefined, explicit: string | undefined): OutputFormat | undefined {
  const wanted = (explicit ?? (path ? extname(path).slice(1) : "txt")).toLowerCase();
  const alias: Record<string, OutputFormat> = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html", docx: "docx", "": "txt" };
  return alias[wanted] ?? (explicit ? undefined : "txt");
}
