// ASCII punctuation that CommonMark/GFM give meaning inside a line; a backslash makes any of them literal.
const INLINE = /[\\`*_[\]<>~|&!$]/g;

/** Escapes characters that Markdown would read as emphasis, links, HTML, code or tables. */
export function escapeMarkdownInline(s: string): string {
  return s.replace(INLINE, (c) => "\\" + c);
}

/**
 * Escapes a whole paragraph: inline characters, plus what a line start turns into a heading, quote,
 * list, rule or setext underline (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`).
 */
export function escapeMarkdownLine(s: string): string {
  const inline = escapeMarkdownInline(s);
  return inline.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
