import type { Kind } from "../kinds/kind-names.js";

/** What the county rule needs to know of each placeholder. */
export interface KindedText {
  text: string;
  kind: Kind;
  bare: boolean;
}

/**
 * A bare blank whose text elsewhere stands before 县 or 市 is the locality's name — but only when that
 * text is kept for the locality. Where one "X" stands for everything (as in the seed: X县, X亿元, X同志),
 * a bare X is some other place or name, so the rule leaves it alone. One pass over the found blanks.
 */
export function applyCountyRule(items: KindedText[]): void {
  const county = new Set<string>();
  const other = new Set<string>();
  for (const it of items) {
    if (it.kind === "county") county.add(it.text);
    else if (!it.bare) other.add(it.text);
  }
  if (county.size === 0) return;
  for (const it of items) {
    if (it.bare && county.has(it.text) && !other.has(it.text)) {
      it.kind = "county";
      it.bare = false;
    }
  }
}
