// The title import gives a template (fields.yaml `title:`, shown by init, list and the form): the document's
// title as a clerk would name it, written here by reading each corpus text's first line, never from the output.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { draftTemplate } from "../../src/index.js";

function titleOf(raw: string, source: string): string | undefined {
  const r = draftTemplate(raw, source);
  if (!r.ok) throw new Error(`${source}: no draft`);
  return /^title: "?(.*?)"?$/m.exec(r.draft.fieldsYaml)?.[1];
}

test.each<[string, string]>([
  // A first line that runs on into the speech (a web page copied as one line): the title at its head.
  ["01-county-newyear-greeting.txt", "在2022年县元旦团拜会上的致辞文稿"],
  ["04-county-economy-speech.txt", "县长在县经济工作会议上的讲话"],
  ["11-county-entrepreneurs-speech.txt", "领导干部在2021年全县企业家座谈会上的讲话文稿"],
  ["15-town-yearbook.txt", "xx镇202x年年鉴"],
  ["19-township-plan-targets.txt", "乡镇政府工作报告"],
  // The file name copied with the page's title.
  ["18-township-yearbook-spaced-pdf.txt", "张北年鉴乡镇编纂提纲"],
  // A title line as it is.
  ["02-town-halfyear-report.txt", "2022年上半年政府工作报告(镇乡)"],
  ["21-county-congress-host.txt", "XX县第十四届人民代表大会第四次会议第一次全体会议主持词"],
  // No title in the text (a salutation, a heading, a dateline first): the file's name.
  ["03-town-secretary-speech.txt", "03-town-secretary-speech"],
  ["05-district-quarter-report.txt", "05-district-quarter-report"],
  ["07-town-congress-report.txt", "07-town-congress-report"],
  ["20-city-gov-report-rebuild.txt", "20-city-gov-report-rebuild"],
])("%s → %s", (file, title) => {
  expect(titleOf(readFileSync(join(import.meta.dirname, file), "utf8"), file)).toBe(title);
});

test("a clerk's own file name stands in when the text starts with its salutation", () => {
  expect(titleOf("同志们：\n今年全县生产总值X亿元，增长X%。\n", "D:\\材料\\全县经济工作会议讲话.docx")).toBe(
    "全县经济工作会议讲话",
  );
});
