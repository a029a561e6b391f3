/** The children of w:rPr in the order the schema requires (Word refuses a document that breaks it). */
const RPR_ORDER = [
  "rStyle",
  "rFonts",
  "b",
  "bCs",
  "i",
  "iCs",
  "caps",
  "smallCaps",
  "strike",
  "dstrike",
  "outline",
  "shadow",
  "emboss",
  "imprint",
  "noProof",
  "snapToGrid",
  "vanish",
  "webHidden",
  "color",
  "spacing",
  "w",
  "kern",
  "position",
  "sz",
  "szCs",
  "highlight",
  "u",
  "effect",
  "bdr",
  "shd",
  "fitText",
  "vertAlign",
  "rtl",
  "cs",
  "em",
  "lang",
  "eastAsianLayout",
  "specVanish",
  "oMath",
  "rPrChange",
];

/**
 * A run's properties with one property set: `element` (e.g. `<w:highlight w:val="yellow"/>`) replaces the
 * property of the same name or goes where the schema puts it. `rPr` is a whole `<w:rPr>` element or "".
 */
export function withRunProperty(rPr: string, element: string): string {
  const name = /^<w:([A-Za-z]+)/.exec(element)![1]!;
  if (rPr === "" || /^<w:rPr\s*\/>$/.test(rPr)) return `<w:rPr>${element}</w:rPr>`;
  const own = new RegExp(`<w:${name}(?=[\\s/>])(?:[^>]*/>|[^>]*>[\\s\\S]*?</w:${name}>)`);
  const inner = rPr.slice(rPr.indexOf(">") + 1, rPr.lastIndexOf("</w:rPr>"));
  const head = rPr.slice(0, rPr.indexOf(">") + 1);
  if (own.test(inner)) return head + inner.replace(own, element) + "</w:rPr>";
  const rank = RPR_ORDER.indexOf(name);
  // Insert before the first top-level child that comes later in the schema's order.
  const child = /<w:([A-Za-z]+)(?=[\s/>])(?:[^>]*\/>|[^>]*>[\s\S]*?<\/w:\1>)/g;
  for (const m of inner.matchAll(child)) {
    if (RPR_ORDER.indexOf(m[1]!) > rank)
      return head + inner.slice(0, m.index) + element + inner.slice(m.index) + "</w:rPr>";
  }
  return head + inner + element + "</w:rPr>";
}

/** The East Asian font a run's properties name, if any. */
export function eastAsiaFontOf(rPr: string): string | undefined {
  return /<w:rFonts\b[^>]*\bw:eastAsia="([^"]*)"/.exec(rPr)?.[1];
}

/**
 * The run properties to give a Chinese value that replaces an X set in a Latin font: when the run names its
 * fonts but no East Asian one, that font is copied in from where Word would otherwise take it (the run's
 * style, the paragraph mark, the paragraph's style), so the value is never printed in the X's Latin font.
 * Returns undefined when nothing needs to change.
 */
export function rPrForChinese(rPr: string, fallbacks: readonly (string | undefined)[]): string | undefined {
  const fonts = /<w:rFonts\b([^>]*?)\/?>/.exec(rPr);
  if (!fonts || /\bw:eastAsia(?:Theme)?=/.test(fonts[1]!)) return undefined;
  const font = fallbacks.find((f) => f !== undefined && f !== "");
  if (!font) return undefined;
  const tag = fonts[0];
  const fixed = tag.replace(/\s*\/?>$/, (end) => ` w:eastAsia="${font}"${end.trim() === "/>" ? "/>" : ">"}`);
  return rPr.replace(tag, fixed);
}
