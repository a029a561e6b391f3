import type { ScannedPlaceholder } from "../../scan/types.js";

/**
 * Which blanks are one thing, and so one field: every blank of the document's own county or town, however
 * masked (XX, XX县, X县, 某县); a person masked alike before the same title (XX书记 … XX书记); a name masked
 * alike before the same words (XX产业园 … XX产业园). Figures are never merged: two equal masks before 亿元
 * are two figures. Returns an identity per blank; blanks that share one share a field.
 */
export function fieldIdentity(text: string, p: ScannedPlaceholder, index: number): string {
  const spaced = p.text.replace(/\s+/g, "");
  // Written alike: `render --blank` prints one placeholder per field, so XX and 某 stay two fields.
  if (p.kind === "county") return `county:${spaced}`;
  if (p.kind === "person") {
    const title = /^[ \u3000]*(同志|副?(?:书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席))/.exec(
      text.slice(p.offset + p.length),
    )?.[1];
    if (title) return `person:${spaced}:${title}`;
  }
  if (p.kind === "place" || p.kind === "name") {
    const rest = /^[ \u3000]*([\u4e00-\u9fff]{2,4})/.exec(text.slice(p.offset + p.length))?.[1];
    if (rest) return `${p.kind}:${spaced}:${rest}`;
  }
  return `#${index}`;
}
