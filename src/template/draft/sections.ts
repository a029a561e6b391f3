import { MASK } from "./clause-words.js";

/** A heading of the document (一、…) and where its part begins in the text. */
export interface Section {
  offset: number;
  /** The heading's words, numbering and punctuation left out: 上半年工作回顾. */
  name: string;
  /** A key segment made of those words. */
  key: string;
}

const HEADING = /^[ \t\u3000]*([一二三四五六七八九十]+)[、.．][ \t\u3000]*([^\n]*)$/gm;
const SEGMENT_CHARS = /[^A-Za-z0-9_\u3400-\u9fff]/g;
const MAX_NAME = 12;
/** A masked figure in a heading (XX年, 20XX): left out of the heading's name. */
const MASKED_FIGURE = new RegExp(`[0-9]*${MASK}+[0-9]*[年月日]?`, "g");

/**
 * The document's own top-level headings (一、上半年工作回顾 …), which group the fields of the part they open.
 * A heading's name is its words up to the first punctuation, at most twelve characters.
 */
export function findSections(text: string): Section[] {
  const out: Section[] = [];
  for (const m of text.matchAll(HEADING)) {
    const words = m[2]!
      .replace(MASKED_FIGURE, "")
      .split(/[，,。；;：:！!？?（(“"《]/)[0]!
      .replace(/[”"》）)\s]+$/, "");
    const name = [...words].slice(0, MAX_NAME).join("") || `第${m[1]}部分`;
    const key = name.replace(SEGMENT_CHARS, "") || `第${m[1]}部分`;
    out.push({ offset: m.index, name, key });
  }
  return dedupeKeys(out);
}

/** The section a text offset falls in, or undefined before the first heading. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) if (s.offset <= offset) found = s;
  return found;
}

function dedupeKeys(sections: Section[]): Section[] {
  const seen = new Map<string, number>();
  return sections.map((s) => {
    const n = (seen.get(s.key) ?? 0) + 1;
    seen.set(s.key, n);
    return n === 1 ? s : { ...s, key: `${s.key}${n}` };
  });
}
