// Where a title may break, and how good a break it is (lower is better). Official titles break between
// phrases, never inside a word, a number or a name (GB/T 9704 7.3.2: lines keep words whole and form a
// trapezoid or diamond). Words come from ICU's Chinese dictionary (Intl.Segmenter); the phrases of a
// meeting's title — 在 / 中国共产党青川县 / 第十五届委员会 / 第七次全体会议 / 暨… / 上的讲话 — are told
// apart by the words that open them. Each gap between two characters gets a cost:
//   0  after punctuation (，、：；— and closing quotes)
//   1  where a phrase opens: before 在, 关于, 暨, an ordinal 第…, 上的讲话 and the like
//   2  where the kind of meeting opens (…工作会议, …推进会议, …座谈会)
//   4  between two words
//   12 between the halves of a four-character phrase (乡村|振兴, 森林|防火: ICU's words, paired from the
//      start of a run of two-character words, as official prose pairs them)
//   30 inside a word, or between an ordinal and its body (第十五届|委员会); taken only when nothing else fits
//   ∞  inside a number with its unit (第十五届, 2020年), a Latin word, or against 禁则 punctuation
const AFTER_PUNCT = /[，、：；—”’》）」』]/;
const NO_LINE_START = /[，。、：；！？）》」』”’·—…%]/;
const NO_LINE_END = /[（《「『“‘]/;
const PHRASE_START = ["在", "关于", "暨", "上的讲话", "时的讲话", "的讲话", "上的报告", "的报告", "《", "“", "（"];
const ORDINAL = /^第[0-9〇零一二三四五六七八九十百千两]/;
const MEETING_KIND = ["工作", "会议", "大会", "推进", "座谈", "培训", "动员", "部署", "表彰", "现场", "专题", "主题"];
const ORDINAL_BODY = /[届次](?=委员会|人民代表大会|代表大会|常委会|常务委员会|全体会议|全会)/g;
// Numbers stay whole with what counts them: 第十五届, 七次, 2020年度, 12345678项, 3.5%.
const NUMBER =
  /第?(?:[0-9.%]+|[〇零一二三四五六七八九十百千万两]{2,}|[一二三四五六七八九十](?=[届次年号个项期批轮]))[届次年号个项期批轮度]*/g;
const LATIN_WORD = /[0-9A-Za-z.%+]{2,}/g;
// Words ICU's dictionary splits (委员|会, 闭幕|式) and a meeting's title must keep whole.
const KEEP_WHOLE = [
  "共产党",
  "委员会",
  "常委会",
  "代表大会",
  "政治协商会议",
  "人民政府",
  "政协",
  "开幕式",
  "闭幕式",
  "座谈会",
  "推进会",
  "动员会",
  "部署会",
  "表彰会",
  "全体会议",
  "扩大会议",
  "工作会议",
  "上的讲话",
  "时的讲话",
  "的讲话",
];
// ICU spells out a name it does not know (青|川|县, 脱|贫|攻|坚) one character at a time: a run of such
// single characters is one word, except the small words that join phrases.
const JOINING = /[在暨和与及的上之于对为]/;
const AFTER_PUNCT_COST = 0;
const PHRASE = 1;
const MEETING = 2;
const WORD = 4;
const HALF_PHRASE = 12;
const INSIDE_WORD = 30;
const EXTRA_LINE = 20;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

// The cost of breaking before chars[i], for i in 1..n-1 (index 0 and n unused).
function gapCosts(chars: string[]): number[] {
  const text = chars.join("");
  const n = chars.length;
  // UTF-16 offset → character index, for the segmenter's and the regexes' offsets.
  const at = new Map<number, number>();
  for (let i = 0, off = 0; i <= n; off += chars[i]?.length ?? 0, i++) at.set(off, i);
  const cost = new Array<number>(n + 1).fill(INSIDE_WORD);
  const forbid = (re: RegExp) => {
    for (const m of text.matchAll(re)) {
      const [s, e] = [at.get(m.index)!, at.get(m.index + m[0].length)!];
      for (let i = s + 1; i < e; i++) cost[i] = Infinity;
    }
  };
  const words = [...segmenter.segment(text)].map((s) => ({ start: at.get(s.index)!, word: s.segment }));
  const single = (x: string) => [...x].length === 1 && /\p{Script=Han}/u.test(x) && !JOINING.test(x);
  const double = (x: string) => [...x].length === 2 && /^\p{Script=Han}+$/u.test(x);
  let pairHalf = false; // the previous word is the first half of a pair of two-character words
  words.forEach((w, k) => {
    const prev = words[k - 1]?.word;
    pairHalf = double(w.word) && !(prev !== undefined && double(prev) && pairHalf);
    if (prev === undefined || (single(prev) && single(w.word))) return;
    cost[w.start] = double(prev) && double(w.word) && !pairHalf ? HALF_PHRASE : WORD;
    if (MEETING_KIND.includes(w.word)) cost[w.start] = Math.min(cost[w.start]!, MEETING);
  });
  for (const word of KEEP_WHOLE) {
    for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) {
      const s = at.get(from)!;
      for (let i = s + 1; i < s + [...word].length; i++) cost[i] = Math.max(cost[i]!, INSIDE_WORD);
    }
  }
  for (const m of text.matchAll(ORDINAL_BODY)) cost[at.get(m.index)! + 1] = INSIDE_WORD;
  for (let i = 1; i < n; i++) {
    const ahead = chars.slice(i, i + 4).join("");
    if (cost[i] === INSIDE_WORD) continue;
    if (PHRASE_START.some((w) => ahead.startsWith(w)) || ORDINAL.test(ahead)) cost[i] = PHRASE;
  }
  for (let i = 1; i < n; i++) if (AFTER_PUNCT.test(chars[i - 1]!)) cost[i] = AFTER_PUNCT_COST;
  forbid(NUMBER);
  forbid(LATIN_WORD);
  for (let i = 1; i < n; i++) if (NO_LINE_START.test(chars[i]!) || NO_LINE_END.test(chars[i - 1]!)) cost[i] = Infinity;
  return cost;
}

// The cheapest way to set the characters as exactly `lines` lines of at most maxChars, or null.
function layout(
  chars: string[],
  gaps: number[],
  lines: number,
  maxChars: number,
): { cost: number; breaks: number[] } | null {
  const n = chars.length;
  const ideal = n / lines;
  // best[k][i]: cheapest cost of the first i characters as k lines; from[k][i]: where its last line starts.
  const best = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= n; i++) {
      const gap = i === n ? 0 : gaps[i]!;
      if (gap === Infinity) continue;
      for (let j = Math.max(0, i - maxChars); j < i; j++) {
        const c = best[k - 1]![j]! + (i - j - ideal) ** 2 + 3 * gap;
        if (c < best[k]![i]!) {
          best[k]![i] = c;
          from[k]![i] = j;
        }
      }
    }
  }
  if (best[lines]![n] === Infinity) return null;
  const breaks: number[] = [];
  for (let k = lines, i = n; k > 0; k--) {
    breaks.unshift(i);
    i = from[k]![i]!;
  }
  return { cost: best[lines]![n]!, breaks };
}

/**
 * Breaks a long title into balanced display lines of at most `maxChars` characters, between phrases where
 * it can (after punctuation, before 在/暨/第…/上的讲话), else between words; a short title stays one line.
 * One line more than the minimum is taken when that avoids breaking inside a phrase.
 */
export function splitTitle(title: string, maxChars = 18): string[] {
  const chars = [...title];
  if (chars.length <= maxChars) return [title];
  const gaps = gapCosts(chars);
  const fewest = Math.ceil(chars.length / maxChars);
  const tight = layout(chars, gaps, fewest, maxChars);
  const loose = layout(chars, gaps, fewest + 1, maxChars);
  const pick = !tight || (loose && loose.cost + EXTRA_LINE < tight.cost) ? loose : tight;
  if (!pick) return evenSplit(chars, fewest);
  let start = 0;
  return pick.breaks.map((end) => chars.slice(start, (start = end)).join(""));
}

// No allowed break anywhere (one long number, say): equal parts rather than a line that overflows.
function evenSplit(chars: string[], lines: number): string[] {
  const size = Math.ceil(chars.length / lines);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(""));
  return out;
}
