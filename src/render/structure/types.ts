/** What a paragraph of a speech is, as the writers need to know to lay it out. */
export type BlockKind = "salutation" | "heading1" | "heading2" | "heading3" | "paragraph";

/**
 * One paragraph after the title. `lead` is the part set apart (a heading's own words, or the
 * `一是…。` lead phrase of a paragraph) and `rest` the text that follows it; `lead + rest === text`
 * always, so a writer that ignores the split still prints the paragraph unchanged.
 */
export interface Block {
  kind: BlockKind;
  text: string;
  lead: string;
  rest: string;
}

/** A speech split into its title (with the display lines of a long title) and its paragraphs. */
export interface SpeechDoc {
  title: string;
  titleLines: string[];
  blocks: Block[];
}
