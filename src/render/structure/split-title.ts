// Where a title may break, and how good a break it is (lower is better). Official titles break between
// words and phrases, never inside a number or a quotation (GB/T 9704 7.3.2: lines keep words whole and
// form a trapezoid or diamond). Without a dictionary, each gap between two characters is scored from
// punctuation, the words that open a title's phrases, and the characters that end a meeting's name.
const AFTER_PUNCT = /[，、：；—”’》）」』]/;
const NO_LINE_START = /[，。、：；！？）》」』”’·—…%]/;
const NO_LINE_END = /[（《「『“‘]/;
const ASCII_WORD = /[0-9A-Za-z.%+]/;
const PHRASE_START = ["在", "关于", "暨", "第", "上的讲话", "时的讲话", "的讲话", "《", "“", "（"];
const WORD_START = [
  "和", "与", "及", "工作", "会议", "全体", "专题", "动员", "部署", "推进", "推动", "总结", "表彰", "座谈",
  "培训", "学习", "加强", "加快", "深入", "全面", "基层", "县委", "市委", "省委", "人民", "政府", "党组织",
  "委员会", "乡村", "经济", "高质量", "实施", "意见", "讲话",
];
const PHRASE_END = /[会议]$/;
const BREAK_INSIDE_WORD = 20;
const EXTRA_LINE = 20;

function gapCost(chars: string[], i: number): number {
  const before = chars[i - 1]!;
  const after = chars[i]!;
  if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) return Infinity;
  if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) return Infinity;
  if (AFTER_PUNCT.test(before)) return 0;
  const ahead = chars.slice(i, i + 4).join("");
  if (PHRASE_START.some((w) => ahead.startsWith(w))) return 1;
  if (WORD_START.some((w) => ahead.startsWith(w))) return 2;
  if (PHRASE_END.test(before) && !/^[议员上的]/.test(after)) return 2;
  return BREAK_INSIDE_WORD;
}

// The cheapest way to set the characters as exactly `lines` lines of at most maxChars, or null.
function layout(chars: string[], lines: number, maxChars: number): { cost: number; breaks: number[] } | null {
  const n = chars.length;
  const ideal = n / lines;
  // best[k][i]: cheapest cost of the first i characters as k lines; from[k][i]: where its last line starts.
  const best = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= n; i++) {
      const gap = i === n ? 0 : gapCost(chars, i);
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
 * Breaks a long title into balanced display lines of at most `maxChars` characters at natural break
 * points (after punctuation, before 在/暨/第/上的讲话, between common words); a short title stays one
 * line. One line more than the minimum is taken when that avoids breaking inside a word.
 */
export function splitTitle(title: string, maxChars = 18): string[] {
  const chars = [...title];
  if (chars.length <= maxChars) return [title];
  const fewest = Math.ceil(chars.length / maxChars);
  const tight = layout(chars, fewest, maxChars);
  const loose = layout(chars, fewest + 1, maxChars);
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
