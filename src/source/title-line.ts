/** Spaces that only pad a line: ASCII white space, the full-width space plain-text speeches indent with, a BOM. */
export const EDGE_SPACE = /^[\s\u3000\uFEFF]+|[\s\u3000\uFEFF]+$/g;

/**
 * A text's title: its first line that holds more than spaces, without them ("" when there is none). The one
 * rule for the title of a speech, of a rendered document's properties and of an imported template.
 */
export function titleLine(text: string): string {
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const line = m[0].replace(EDGE_SPACE, "");
    if (line !== "") return line;
  }
  return "";
}
