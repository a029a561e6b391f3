import { describe, expect, test } from "vitest";
import { toMarkdown } from "../../src/render/formats/markdown.js";
import { escapeMarkdownInline, escapeMarkdownLine } from "../../src/render/formats/markdown-escape.js";
import { SPEECH } from "./helpers.js";

describe("toMarkdown", () => {
  const md = toMarkdown(SPEECH, { date: "2020年7月15日" });
  const blocks = md.trimEnd().split("\n\n");

  test("title #, date line, salutation, paragraphs separated by blank lines", () => {
    expect(blocks[0]).toBe("# 在县委十五届七次全会上的讲话");
    expect(blocks[1]).toBe("（2020年7月15日）");
    expect(blocks[2]).toBe("同志们：");
    expect(blocks.every((b) => !b.includes("\n"))).toBe(true);
    expect(md.endsWith("\n")).toBe(true);
  });

  test("一、 headings are ##, and all five are there", () => {
    const h2 = blocks.filter((b) => b.startsWith("## "));
    expect(h2).toHaveLength(5);
    expect(h2[0]).toBe("## 一、在推动经济高质量发展上迈出更大步伐");
  });

  test("（一） ### and 1. #### headings; a run-in heading is bold", () => {
    const out = toMarkdown("题\n（一）小标题\n1.三级标题\n（二）靶向发力。要立足当前。").trimEnd().split("\n\n");
    expect(out).toEqual(["# 题", "### （一）小标题", "#### 1.三级标题", "**（二）靶向发力**。要立足当前。"]);
  });

  test("lead phrases are bold, closed before the 。 so CommonMark sees the emphasis", () => {
    expect(md).toContain("\n\n**一是靶向发力稳增长**。要立足疫情防控常态化");
    expect(md).toContain("\n\n**一要突出政治建设，校准“定盘星”**。深入学习");
  });

  test("values with Markdown characters are escaped", () => {
    const out = toMarkdown("标题*星*\n# 不是标题\n3) 不是列表\n数值<b>粗</b>_下划线_与3+X和A&B、[链接](x)");
    expect(out.trimEnd().split("\n\n")).toEqual([
      "# 标题\\*星\\*",
      "\\# 不是标题",
      "3\\) 不是列表",
      "数值\\<b\\>粗\\</b\\>\\_下划线\\_与3+X和A\\&B、\\[链接\\](x)",
    ]);
  });
});

describe("escapeMarkdown", () => {
  test.each([
    ["a*b", "a\\*b"],
    ["`code`", "\\`code\\`"],
    ["a|b~c", "a\\|b\\~c"],
    ["中文，不变。", "中文，不变。"],
  ])("inline %s", (s, want) => expect(escapeMarkdownInline(s)).toBe(want));

  test.each([
    ["- 项", "\\- 项"],
    ["+ 项", "\\+ 项"],
    ["> 引", "\\> 引"],
    ["12) 项", "12\\) 项"],
    ["=== ", "\\=== "],
    ["——破折号", "——破折号"],
  ])("line start %s", (s, want) => expect(escapeMarkdownLine(s)).toBe(want));
});
