import type { ScannedPlaceholder } from "../../scan/types.js";
import {
  CLAUSE_END,
  clauseStart,
  clean,
  headWords,
  MASK_CHAR,
  sentenceStart,
  STARTS_WITH_MASK,
  stripFrames,
} from "./clause-words.js";
import { type EarlierFigure, writtenThing } from "./figure-label.js";

/** Acts a document's date stands for: 印发, 发布, 签发, 通过, 召开. */
const DATE_ACT = /^[ \u3000]*(印发|发布|签发|通过|召开|举行|施行)/;
/** Words after a year that end the thing it dates: what is said of it, not what it is. */
const STOP = /[的和与及上在]|党委|突破|达到|增长|同比|完成|实现|以来|期间|全[县市区镇乡]|[0-9]/;

/**
 * A date's label, read from its sentence: the document's act (20XX年X月X日印发 → 印发日期), the speech it is
 * under (讲话日期), the meeting after it (会议日期), or for a year the thing it dates: the words after it
 * (20XX年经济工作 → 经济工作年份), the figure it is the base or end of (比XXXX年底 → GDP基期年份, 由201X年的
 * … 增加到202X年 → 财政总收入起始年份, 截止年份), or the year a report opens with (20XX年，全县… → 报告年份).
 */
export function dateLabel(text: string, p: ScannedPlaceholder, earlier: readonly EarlierFigure[]): string {
  const after = text.slice(p.offset + p.length, p.offset + p.length + 40);
  const full = /月|[/／]|^[^.]*[XxＸｘ0-9]+[-－][XxＸｘ0-9]+[-－]/.test(p.text);
  if (full) {
    const act = DATE_ACT.exec(after)?.[1];
    if (act) return `${act}日期`;
    if (/^[ \u3000]*在/.test(after) && /会/.test(after.slice(0, 30))) return "会议日期";
    if (
      /[（(][ \u3000]*$/.test(text.slice(Math.max(0, p.offset - 3), p.offset)) &&
      /讲话/.test(text.slice(Math.max(0, p.offset - 60), p.offset))
    )
      return "讲话日期";
    return /日|[/／\-－]/.test(p.text) ? "成文日期" : "月份";
  }
  const rest = after.replace(/年$/.test(p.text) ? /^[ \u3000]*(?:底|末|初|度)?/ : /^[ \u3000]*年?(?:底|末|初|度)?/, "");
  // A year before another blank (XX年XX镇按照…) opens the report's paragraph.
  if (STARTS_WITH_MASK.test(rest)) return "报告年份";
  const before = text.slice(Math.max(0, p.offset - 4), p.offset).replace(/[ \u3000]+$/, "");
  // The base or the span of a figure: 比XXXX年底 / 由201X年的 / 增加到202X年的.
  const role = /[比较]$/.test(before) ? "基期" : /[由从]$/.test(before) ? "起始" : /[到至]$/.test(before) ? "截止" : "";
  if (role) {
    const thing =
      earlier.at(-1)?.thing ||
      (role === "起始" ? subjectBeforeSpan(text, p.offset) : writtenThing(text, clauseStart(text, p.offset)));
    return `${thing}${role}年份`;
  }
  let np = rest.split(CLAUSE_END)[0]!;
  const stop = STOP.exec(np);
  if (stop) np = np.slice(0, stop.index);
  np = clean(headWords(np.replace(/^(?:共|已|全年|我们)+/, ""), 10));
  if (np.length >= 2) return `${np}年份`;
  // The year of the figure that follows in its clause (202X年共完成国、地两税X万元 → 国地两税年份).
  const figureAfter = rest.split(/[，,。；;]/)[0]!.split(MASK_CHAR);
  if (figureAfter.length > 1) {
    const thing = stripFrames(figureAfter[0]!.replace(/、/g, ""));
    if (thing.length >= 2) return `${thing}年份`;
  }
  // A year opening a paragraph of the report (20XX年，全县上下…): the year reported on.
  if (/^[ \u3000]*[，,]/.test(rest)) return "报告年份";
  return "年份";
}

/** The subject before 由/从 in the sentence (全镇财政总收入由201X年…): what the span is of. */
function subjectBeforeSpan(text: string, offset: number): string {
  const start = sentenceStart(text, offset);
  const m = /([\u4e00-\u9fffA-Za-z]{2,})[由从]?[ \u3000]*$/.exec(text.slice(start, offset - 1));
  return m ? clean(m[1]!).replace(/^(?:全[县市区镇乡]|[我本][县市区镇乡]|五年来|其中)+/, "") : "";
}
