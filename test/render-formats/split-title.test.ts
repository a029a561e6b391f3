import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { splitTitle } from "../../src/render/structure/split-title.js";

describe("splitTitle", () => {
  test.each([
    ["在县委十五届七次全会上的讲话", ["在县委十五届七次全会上的讲话"]],
    ["在2020年全县经济工作会议上的讲话", ["在2020年全县经济工作会议上的讲话"]],
    ["在全县脱贫攻坚暨乡村振兴工作推进会议上的讲话", ["在全县脱贫攻坚暨乡村振兴", "工作推进会议上的讲话"]],
    [
      "在青川县第十五届人民代表大会第三次会议闭幕式上的讲话",
      ["在青川县第十五届人民代表大会", "第三次会议闭幕式上的讲话"],
    ],
    ["在县委十五届七次全会暨县委经济工作会上的讲话", ["在县委十五届七次全会", "暨县委经济工作会上的讲话"]],
    ["在全县“不忘初心、牢记使命”主题教育总结大会上的讲话", ["在全县“不忘初心、牢记使命”", "主题教育总结大会上的讲话"]],
    // Phrases kept whole: the body with its ordinal (第十五届委员会, 第七次全体会议), a name ICU does not
    // know (青川县), a four-character phrase (森林防火, 乡村振兴).
    [
      "在中国共产党青川县第十五届委员会第七次全体会议暨县委经济工作会议上的讲话",
      ["在中国共产党青川县", "第十五届委员会第七次全体会议", "暨县委经济工作会议上的讲话"],
    ],
    ["在全县安全生产和森林防火工作会议上的讲话", ["在全县安全生产和森林防火", "工作会议上的讲话"]],
    [
      "在中国人民政治协商会议青川县第九届委员会第四次会议开幕式上的讲话",
      ["在中国人民政治协商会议", "青川县第九届委员会", "第四次会议开幕式上的讲话"],
    ],
    [
      "关于进一步加强和改进新时代基层党组织建设工作的实施意见",
      ["关于进一步加强和改进新时代", "基层党组织建设工作的实施意见"],
    ],
  ])("%s", (title, lines) => {
    expect(splitTitle(title)).toEqual(lines);
  });

  test("never breaks inside a number or before closing punctuation", () => {
    const lines = splitTitle("关于2020年度全县12345678项重点项目建设情况的报告，请审议");
    expect(lines.length).toBeGreaterThan(1);
    lines.slice(1).forEach((b, i) => {
      const a = lines[i]!;
      expect(/[0-9]$/.test(a) && /^[0-9]/.test(b)).toBe(false);
      expect(/^[，。、）》”]/.test(b)).toBe(false);
    });
  });

  test("lines rejoin to the title and respect the width when a break exists", () => {
    const unit = fc.constantFrom(
      "在",
      "县",
      "委",
      "会",
      "议",
      "上",
      "的",
      "讲",
      "话",
      "，",
      "暨",
      "第",
      "工",
      "作",
      "1",
      "“",
      "”",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.integer({ min: 8, max: 24 }), (title, max) => {
        const lines = splitTitle(title, max);
        expect(lines.join("")).toBe(title);
        if ([...title].length <= max) expect(lines).toEqual([title]);
      }),
    );
  });
});
