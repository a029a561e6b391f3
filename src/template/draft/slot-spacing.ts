import type { ScannedPlaceholder } from "../../scan/types.js";

/** Spaces a web page puts around a figure (ASCII, no-break); an ideographic space is layout and stays. */
const SPACE = /[ \u00a0\t]/;
const LATIN = /[A-Za-z0-9]/;

/**
 * template.hbs from the kept text: each placeholder replaced by its slot, and the spaces between a slot and
 * its Chinese neighbours removed ("X 县长" → {{…}}县长, "第 X 名" → 第{{…}}名), so the speech prints no stray
 * space. Spaces next to Latin words or digits (GDP X 亿元) and at a line's start or end are kept.
 */
export function slotText(
  text: string,
  placeholders: readonly ScannedPlaceholder[],
  keyOf: (i: number) => string,
): string {
  let out = "";
  let at = 0;
  placeholders.forEach((p, i) => {
    let literal = text.slice(at, p.offset);
    const trimmed = literal.replace(/[ \u00a0\t]+$/, "");
    const before = trimmed.at(-1);
    if (
      trimmed.length < literal.length &&
      before !== undefined &&
      before !== "\n" &&
      !LATIN.test(before) &&
      !(at > 0 && trimmed === "")
    )
      literal = trimmed;
    out += literalBeforeSlot(literal) + `{{${keyOf(i)}}}`;
    at = p.offset + p.length;
    let skip = at;
    while (skip < text.length && SPACE.test(text[skip]!)) skip++;
    const next = text[skip];
    if (
      skip > at &&
      next !== undefined &&
      next !== "\n" &&
      next !== "\r" &&
      !LATIN.test(next) &&
      !isMaskStart(placeholders[i + 1], skip)
    )
      at = skip;
  });
  return out + escapeText(text.slice(at));
}

/** A following placeholder right after the spaces: "X X" keeps its space (two blanks, not one). */
function isMaskStart(next: ScannedPlaceholder | undefined, offset: number): boolean {
  return next !== undefined && next.offset === offset;
}

/**
 * Literal text followed by a slot. A backslash right before `{{` escapes it in Handlebars (`D:\{{county}}`
 * would print `{{county}}`), and a doubled one prints one backslash and opens the slot: so a trailing
 * backslash is doubled.
 */
function literalBeforeSlot(text: string): string {
  const escaped = escapeText(text);
  return escaped.endsWith("\\") ? `${escaped}\\` : escaped;
}

/** Literal text in a Handlebars template: `{{` must not open a slot. */
function escapeText(text: string): string {
  return text.replace(/\{\{/g, "\\{{");
}
