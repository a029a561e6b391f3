import { foldTraditional } from "../scan/fold-traditional.js";
import { scanText } from "../scan/scan-text.js";
import {
  ALWAYS_ADVERT,
  HEADING,
  MAX_ADVERT_LINE,
  MAX_SHORT_LINE,
  SHORT_LINE_ONLY,
  TITLE_WORD,
  WHOLE_LINE,
  type WebLineReason,
} from "./web-line-patterns.js";

/** What one line is: part of the speech, surely not (with why), or a short fragment judged by its neighbours. */
export type LineVerdict = { web: WebLineReason } | "fragment" | "speech" | "blank";

/** Longest line that can be a fragment of an advert block (a brand name, a slogan). */
const MAX_FRAGMENT = 20;
/** Sentence-final punctuation: a line ending in it is prose, not a fragment. */
const SENTENCE_END = /[。！？!?…；;：:”"」』）)]$/;

/**
 * Judges one line by itself. A line with a placeholder, a heading, or a line that reads as a sentence of
 * the speech is "speech" whatever words it holds; a whole-line shape (a web date, a file size) or an
 * advert word in a short line makes it web text; a short line of no sentence (酷乐文行, 自建平台、实时分享)
 * is a "fragment", dropped only when web lines hold it in on both sides. `shortWords: false` leaves out the
 * words that mark only a short line (举报, 扫码, 会员): a piece of a hard-wrapped paragraph is short too.
 */
export function classifyLine(line: string, opts: { shortWords?: boolean } = {}): LineVerdict {
  // Traditional characters read as simplified (範文 → 范文); one for one, so lengths stay.
  const t = foldTraditional(line).replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g, "");
  if (t === "") return "blank";
  const length = [...t].length;
  // Long lines are prose; checked first so that a long document is not scanned twice.
  if (length > MAX_ADVERT_LINE) return "speech";
  if (scanText(t).placeholders.length > 0 || HEADING.test(t)) return "speech";
  // A list bullet before a link (- 下一篇:…) is the page's, not the speech's.
  const bare = t.replace(/^[-•·*>]\s*/, "");
  for (const [web, re] of WHOLE_LINE) if (re.test(bare)) return { web };
  for (const [web, re] of ALWAYS_ADVERT) if (re.test(t)) return { web };
  const titled = TITLE_WORD.test(t);
  if (length <= MAX_SHORT_LINE && !titled && opts.shortWords !== false)
    for (const [web, re] of SHORT_LINE_ONLY) if (re.test(t)) return { web };
  if (length <= MAX_FRAGMENT && !titled && !SENTENCE_END.test(t)) return "fragment";
  return "speech";
}
