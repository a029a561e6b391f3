/** The proper dot-prefixes of a key, outermost first: a.b.c → a, a.b. */
export function dotPrefixes(key: string): string[] {
  const parts = key.split(".");
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join("."));
}
