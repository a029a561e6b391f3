import { extname } from "node:path";

/** The formats render can write. */
export const FORMATS = ["txt", "md", "html", "docx"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** The Word layouts: the template's own file filled in place, or xfill's GB/T 9704 layout. */
export const LAYOUTS = ["original", "gbt9704"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A --layout value checked: undefined when not given, null when unknown. */
export function layoutOf(value: string | undefined): Layout | undefined | null {
  if (value === undefined) return undefined;
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, "");
  return v === "original" ? "original" : v === "gbt9704" ? "gbt9704" : null;
}

/** The format for an output path: --format wins, then the extension, then plain text. */
export function formatFor(path: string | undefined, explicit: string | undefined): OutputFormat | undefined {
  const wanted = (explicit ?? (path ? extname(path).slice(1) : "txt")).toLowerCase();
  const alias: Record<string, OutputFormat> = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html", docx: "docx", "": "txt" };
  return alias[wanted] ?? (explicit ? undefined : "txt");
}
