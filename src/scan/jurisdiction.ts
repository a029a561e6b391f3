/** The level a document speaks for: a county's speech says 全县 and 县委, a town's report 全镇 and 镇党委. */
export type Level = "县" | "市" | "区" | "镇" | "乡";

const MASKED_LEVEL = /[XxＸｘ×某○]+[ \u3000]?([县市区镇乡])/;
const LEVEL_WORDS = /[全我本该]([县市区镇乡])|([县市区镇乡])(?:委|政府|人民政府|人大|政协|党委)/g;

/**
 * The document's own level, by how often it names itself: 全县/我县/县委 against 全镇/我镇/镇党委 and the
 * rest (self-references weigh double). A county's speech mentions 全市 when it ranks itself, but far less than 全县; ties go to 县.
 */
export function jurisdictionLevel(text: string): Level {
  const counts = new Map<string, number>();
  LEVEL_WORDS.lastIndex = 0;
  // 全镇/我镇 is the document speaking of itself; 区委/区政府 may be the body above it (按照区委部署).
  for (const m of text.matchAll(LEVEL_WORDS)) {
    const c = m[1] ?? m[2]!;
    if (m[1] && isComparison(text, m.index, m.index + m[0].length)) continue;
    counts.set(c, (counts.get(c) ?? 0) + (m[1] ? 2 : 1));
  }
  // A document that never names itself by level: the level of its first masked jurisdiction (XX区).
  if (counts.size === 0) return (MASKED_LEVEL.exec(text)?.[1] as Level | undefined) ?? "县";
  let best: Level = "县";
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c as Level;
  return best;
}

/** Before or after 全市 when a document ranks itself against the body above: 位居全市第1位, 高于全市, 全市前列. */
const COMPARED_BEFORE = /(?:位居|居|列|位于|位列|高于|低于|快于|慢于|领先|超过|占|排)$/;
const COMPARED_AFTER = /^(?:第|前列|前[XxＸｘ\d一二三四五六七八九十]|平均|水平|同期|排名|位次)/;

/** Whether 全X at [start, end) compares the document with the body above rather than naming the document. */
function isComparison(text: string, start: number, end: number): boolean {
  return (
    COMPARED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || COMPARED_AFTER.test(text.slice(end, end + 3))
  );
}

/** Whether a jurisdiction suffix (县, 县区, 镇 …) names the document's own level. */
export function isOwnLevel(suffix: string, level: Level): boolean {
  return suffix[0] === level || (level === "区" && suffix === "县区");
}
