import { eastAsiaFontOf } from "./run-props.js";

/** The East Asian font of each style in styles.xml (following basedOn), and of the document defaults. */
export interface StyleFonts {
  of(styleId: string | undefined): string | undefined;
  defaults?: string;
}

const STYLE = /<w:style\b[^>]*\bw:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g;

/** Reads styles.xml (or "" when the package has none). */
export function readStyleFonts(stylesXml: string): StyleFonts {
  const own = new Map<string, { font?: string; basedOn?: string }>();
  for (const m of stylesXml.matchAll(STYLE)) {
    const body = m[2]!;
    const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(body)?.[0] ?? "";
    own.set(m[1]!, { font: eastAsiaFontOf(rPr), basedOn: /<w:basedOn w:val="([^"]*)"/.exec(body)?.[1] });
  }
  const defaultsRPr = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(stylesXml)?.[0] ?? "";
  return {
    defaults: eastAsiaFontOf(defaultsRPr),
    of(styleId) {
      // basedOn chains are short; the bound stops a cycle in a broken file.
      for (let id = styleId, n = 0; id && n < 20; n++) {
        const s = own.get(id);
        if (!s) return undefined;
        if (s.font) return s.font;
        id = s.basedOn;
      }
      return undefined;
    },
  };
}
