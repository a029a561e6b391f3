/**
 * The formatting Word applies to each paragraph and run of a .docx, resolved the way Word resolves it:
 * document defaults, then the paragraph style and the styles it is based on, then direct formatting (and for a
 * run, its character style, then its own properties). A layout test on these holds whichever way the file
 * expresses a property. Properties are flattened to "element.attribute" keys: sz.val, rFonts.eastAsia, jc.val.
 */
export interface EffectiveParagraph {
  text: string;
  p: Record<string, string>;
  runs: { text: string; r: Record<string, string> }[];
}

/** Flattens the property elements of a pPr or rPr body; a nested rPr (the paragraph mark's) is left out. */
function flatten(xml: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const own = (xml ?? "").replace(/<w:rPr>[^]*?<\/w:rPr>/g, "");
  for (const [, name, attrs] of own.matchAll(/<w:(\w+)((?:\s+[\w:]+="[^"]*")*)\s*\/?>/g)) {
    const pairs = [...attrs!.matchAll(/w:(\w+)="([^"]*)"/g)];
    if (pairs.length === 0) out[`${name}.val`] = "true"; // <w:b/>: a toggle that is on
    for (const [, key, value] of pairs) out[`${name}.${key}`] = value!;
  }
  return out;
}

const inner = (xml: string, tag: string) => new RegExp(`<w:${tag}>([^]*?)</w:${tag}>`).exec(xml)?.[1];

/** Every paragraph with text in a document part, with its effective paragraph and run properties. */
export function effectiveParagraphs(partXml: string, stylesXml: string): EffectiveParagraph[] {
  const styles = new Map<string, { basedOn?: string; p: Record<string, string>; r: Record<string, string> }>();
  let defaultStyle: string | undefined;
  for (const [whole, attrs, body] of stylesXml.matchAll(/<w:style ([^>]*)>([^]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]+)"/.exec(attrs!)![1]!;
    if (/w:type="paragraph"/.test(attrs!) && /w:default="(1|true)"/.test(attrs!)) defaultStyle = id;
    styles.set(id, {
      basedOn: /<w:basedOn w:val="([^"]+)"/.exec(whole)?.[1],
      p: flatten(inner(body!, "pPr")),
      r: flatten(inner(body!, "rPr")),
    });
  }
  const chain = (id: string | undefined): string[] => {
    const out: string[] = [];
    for (let s = id; s && styles.has(s) && !out.includes(s); s = styles.get(s)!.basedOn) out.unshift(s);
    return out;
  };
  const defaults = inner(stylesXml, "docDefaults") ?? "";
  const baseP = flatten(inner(inner(defaults, "pPrDefault") ?? "", "pPr"));
  const baseR = flatten(inner(inner(defaults, "rPrDefault") ?? "", "rPr"));
  const out: EffectiveParagraph[] = [];
  for (const [, body] of partXml.matchAll(/<w:p(?:\s[^>]*)?>([^]*?)<\/w:p>/g)) {
    const pPr = inner(body!, "pPr") ?? "";
    const pStyle = /<w:pStyle w:val="([^"]+)"/.exec(pPr)?.[1] ?? defaultStyle;
    const p = { ...baseP };
    const r = { ...baseR };
    for (const id of chain(pStyle)) Object.assign(p, styles.get(id)!.p), Object.assign(r, styles.get(id)!.r);
    Object.assign(p, flatten(pPr));
    const runs: EffectiveParagraph["runs"] = [];
    for (const [, run] of body!.replace(/<w:pPr>[^]*?<\/w:pPr>/, "").matchAll(/<w:r(?:\s[^>]*)?>([^]*?)<\/w:r>/g)) {
      const text = [...run!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
      if (!text.trim()) continue;
      const rPr = inner(run!, "rPr") ?? "";
      const own = { ...r };
      for (const id of chain(/<w:rStyle w:val="([^"]+)"/.exec(rPr)?.[1])) Object.assign(own, styles.get(id)!.r);
      runs.push({ text, r: Object.assign(own, flatten(rPr)) });
    }
    if (runs.length > 0) out.push({ text: runs.map((x) => x.text).join(""), p, runs });
  }
  return out;
}

/** Whether a toggle property (b, i) is on: present with no value, or 1/true/on. */
export const isOn = (value: string | undefined) => value !== undefined && /^(1|true|on)$/.test(value);
