import type { Kind } from "../kinds/kind-names.js";

/**
 * Hands out field keys in text order: every county blank shares `county` (one field fills them all),
 * every other blank gets its kind and a running number (`amount3`), which is always a valid identifier.
 */
export function createKeyNamer(): (kind: Kind) => string {
  const counts = new Map<Kind, number>();
  return (kind) => {
    if (kind === "county") return "county";
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return `${kind}${n}`;
  };
}
