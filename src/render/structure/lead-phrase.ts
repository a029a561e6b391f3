// "一是…。", "二要…。", "十是…。": the enumerated lead sentence that opens a paragraph of a speech.
const LEAD = /^[一二三四五六七八九十]+[是要][^。]*。/;

/** Splits off a paragraph's `一是…。` lead phrase (up to and including its first 。); lead is "" when there is none. */
export function splitLead(text: string): { lead: string; rest: string } {
  const m = LEAD.exec(text);
  return m ? { lead: m[0], rest: text.slice(m[0].length) } : { lead: "", rest: text };
}

/**
 * Splits a heading into its own words and any text run in after it on the same line
 * ("1.抓好项目。要…"): up to the first sentence end, or all of it when nothing follows.
 */
export function splitHeading(text: string): { lead: string; rest: string } {
  const m = /[。！？]/.exec(text);
  if (!m || m.index === text.length - 1) return { lead: text, rest: "" };
  return { lead: text.slice(0, m.index + 1), rest: text.slice(m.index + 1) };
}
