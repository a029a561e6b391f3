import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { classifyLine } from "../../src/render/structure/classify-line.js";
import { splitHeading, splitLead } from "../../src/render/structure/lead-phrase.js";

describe("classifyLine", () => {
  test.each([
    ["同志们：", "salutation"],
    ["各位代表、同志们：", "salutation"],
    ["同志们:", "salutation"],
    ["一、在推动经济高质量发展上迈出更大步伐", "heading1"],
    ["十二、其他事项", "heading1"],
    ["（一）靶向发力稳增长", "heading2"],
    ["(三)持续优化营商环境", "heading2"],
    ["1.壮大产业集群", "heading3"],
    ["2．深化创新驱动", "heading3"],
    ["（1）做强镇域经济", "heading3"],
    ["1.5亿元的项目已经落地。", "paragraph"],
    ["1-5月，全县规模工业总产值12亿元。", "paragraph"],
    ["2019年度目标责任考核结果的《通报》。", "paragraph"],
    ["一是靶向发力稳增长。要立足……", "paragraph"],
    ["——最受鼓舞的是习近平总书记时隔8年再次亲临考察指导。", "paragraph"],
    ["同志们，全面小康催人奋进，追赶超越鼓点正急。", "paragraph"],
    ["会议要求：各单位要认真落实。", "paragraph"],
    ["主要任务有以下三个方面：", "paragraph"],
    ["尊敬的各位领导、各位来宾：", "salutation"],
    ["各位企业家，同志们：", "salutation"],
    ["各位代表，各位委员，同志们:", "salutation"],
    ["尊敬的各位领导、各位来宾，女士们、先生们：", "salutation"],
    ["同志们，今年以来：", "paragraph"],
    ["各位企业家，我讲三点意见：", "paragraph"],
  ] as const)("%s → %s", (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
});

describe("splitLead", () => {
  test.each([
    ["一是靶向发力稳增长。要立足疫情防控", "一是靶向发力稳增长。", "要立足疫情防控"],
    ["二要狠抓污染防治。突出精准治污", "二要狠抓污染防治。", "突出精准治污"],
    ["一要突出政治建设，校准“定盘星”。深入学习", "一要突出政治建设，校准“定盘星”。", "深入学习"],
    ["十是其他。", "十是其他。", ""],
    ["要突出工业支撑。认真分析", "", "要突出工业支撑。认真分析"],
    ["一是没有句号的段落", "", "一是没有句号的段落"],
    ["这一是非问题。", "", "这一是非问题。"],
  ])("%s", (text, lead, rest) => {
    expect(splitLead(text)).toEqual({ lead, rest });
  });

  test("lead + rest is always the paragraph, unchanged", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("一", "二", "是", "要", "。", "，", "文", "X", "\u3000") }),
        (s) => {
          const { lead, rest } = splitLead(s);
          expect(lead + rest).toBe(s);
          if (lead) expect(lead.endsWith("。") && lead.indexOf("。") === lead.length - 1).toBe(true);
        },
      ),
    );
  });
});

describe("splitHeading", () => {
  test.each([
    ["一、在推动经济高质量发展上迈出更大步伐", "一、在推动经济高质量发展上迈出更大步伐", ""],
    ["（一）靶向发力稳增长。", "（一）靶向发力稳增长。", ""],
    ["1.壮大产业集群。围绕打造装备制造", "1.壮大产业集群。", "围绕打造装备制造"],
  ])("%s", (text, lead, rest) => {
    expect(splitHeading(text)).toEqual({ lead, rest });
  });
});
