import { describe, expect, test } from "vitest";
import { scanText } from "../../src/scan/index.js";

describe("a count's label names the thing counted", () => {
  test.each([
    ["确保X个未开工项目尽快开工。", "未开工项目（个）"],
    ["全县除X名武汉返乡人员确诊并治愈出院外。", "武汉返乡人员（名）"],
    ["要强化对X户规模企业的日常监测。", "规模企业（户）"],
    ["总投资X亿元的民生X件实事顺利推进。", "民生实事（件）"],
    ["新增城镇就业X人。", "新增城镇就业（人）"],
    ["确保年底新增规模企业X户以上。", "确保年底新增规模企业（户）"],
  ])("%s → %s", (sentence, label) => {
    const counts = scanText(sentence).placeholders.filter((p) => p.kind === "count");
    expect(counts.at(-1)?.label).toBe(label);
  });
});
