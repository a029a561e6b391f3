import type { IFontAttributesProperties } from "docx";

/**
 * One face for every script with the East Asian hint: Word then sets digits, Latin letters and the
 * ambiguous characters (“ ” — …) in the Chinese face too, as official documents are printed.
 */
export function fontOf(name: string): IFontAttributesProperties {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: "eastAsia" };
}

/** The same as XML, for runs written by hand. */
export function rFontsXml(name: string): string {
  return `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}" w:hint="eastAsia"/>`;
}
