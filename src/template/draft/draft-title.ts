import { titleLine } from "../../source/title-line.js";

/** Words a document's title ends with: what kind of document it is. */
const TITLE_END =
  /^.{2,38}?(?:讲话|致辞|发言|报告|总结|總結|计划|計畫|要点|方案|提纲|年鉴|主持词|工作安排|汇报|述职|通知|意见)(?:文稿|稿)?(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?/;
/** A salutation on the first line ("同志们：", "各位代表:"): the speech begins without a title. */
const SALUTATION = /^[^，。,:：]{2,12}[：:]$/;
/** A heading's number ("一、", "（一）", "1.") or a dateline under a title ("——2023年…"). */
const NOT_A_TITLE = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|——|--)/;
/** A file name copied with the page's title. */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt|rtf)$/i;

/**
 * The title of an imported template: the document's first line (titleLine) when it reads as a title; the title at the head
 * of a first line that runs on into the text (a web page copied as one line); otherwise the source's file name
 * without its extension. A salutation, a heading or a dateline is never the title.
 */
export function draftTitle(kept: string, sourceName: string): string {
  const fallback = sourceName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "") || sourceName;
  const first = titleLine(kept);
  if (first === "" || SALUTATION.test(first) || NOT_A_TITLE.test(first)) return fallback;
  const line = first.replace(FILE_EXTENSION, "");
  if ([...line].length <= 40 && !/[。；;]/.test(line)) return line;
  const head = TITLE_END.exec(line)?.[0] ?? /^[^\s，。,:：；;]{4,40}(?=\s)/.exec(line)?.[0];
  return head ?? fallback;
}
