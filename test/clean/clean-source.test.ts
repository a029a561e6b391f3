import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cleanSource } from "../../src/clean/clean-source.js";
import { SEED } from "../helpers/cli.js";

const seedLines = readFileSync(SEED, "utf8").split("\n");
/** The seed's speech: line 16 to the end (lines 1–15 are the distributor's advert). */
const speech = seedLines.slice(15).join("\n");
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** Cuts every line every `n` characters, as a text copied out of a fixed-width layout. */
function wrapByChars(text: string, n: number): string {
  return text
    .split("\n")
    .flatMap((l) =>
      l === ""
        ? [""]
        : Array.from({ length: Math.ceil([...l].length / n) }, (_, i) => [...l].slice(i * n, i * n + n).join("")),
    )
    .join("\n");
}

/** Cuts lines where a PDF line of `cols` columns is full: Chinese characters take two, and never split. */
function wrapByColumns(text: string, cols: number): string {
  const out: string[] = [];
  for (const l of text.split("\n")) {
    let cur = "";
    let w = 0;
    for (const ch of l) {
      const cw = /[\x00-\x7f]/.test(ch) ? 1 : 2;
      if (w + cw > cols) {
        out.push(cur);
        cur = "";
        w = 0;
      }
      cur += ch;
      w += cw;
    }
    out.push(cur);
  }
  return out.join("\n");
}

describe("a hard-wrapped copy is joined back into its paragraphs", () => {
  test.each([
    ["every 34 characters", wrapByChars(speech, 34)],
    ["every 27 characters", wrapByChars(speech, 27)],
    ["at 68 display columns, as a PDF line", wrapByColumns(speech, 68)],
  ])("%s", (_name, wrapped) => {
    const cleaned = cleanSource(wrapped);
    expect(cleaned.dropped).toEqual([]);
    expect(squeeze(cleaned.text)).toBe(squeeze(speech));
    // The speech has 41 lines; a paragraph that happens to end exactly at the width may join the next one.
    const paragraphs = cleaned.text.split("\n").filter((l) => l.trim() !== "");
    expect(paragraphs.length).toBeGreaterThanOrEqual(24);
    expect(paragraphs.length).toBeLessThanOrEqual(speech.split("\n").filter((l) => l.trim() !== "").length);
    expect(paragraphs).toContain("同志们：");
    expect(paragraphs[0]).toBe("在县委X届X次全会上的讲话");
  });

  test("a text of ordinary paragraphs is left as it is", () => {
    const cleaned = cleanSource(speech);
    expect(cleaned.rejoined).toBe(0);
    expect(cleaned.text).toBe(speech);
  });
});

describe("a ragged copy (a PDF's text runs one to a line) is joined back into its paragraphs", () => {
  // Corpus 08 as the page store had it: every run of the PDF on a line of its own, cut anywhere.
  const ragged = readFileSync(new URL("../corpus/08-town-report-pdf-wrapped.txt", import.meta.url), "utf8");

  test("each paragraph, heading, title and salutation is one line again; not a character lost", () => {
    const cleaned = cleanSource(ragged);
    expect(squeeze(cleaned.text)).toBe(squeeze(ragged));
    const paragraphs = cleaned.text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    // Written by reading the source (lines 1–16 and 23–30), not from the output.
    expect(paragraphs.slice(0, 5)).toEqual([
      "XX镇2023年政府工作报告",
      "各位代表:",
      "现在,我代表XX镇人民政府向大会报告工作,请予审议,并请各位列席人员提出意见。",
      "一、2023年工作回顾",
      expect.stringMatching(/^今年以来,XX镇认真贯彻落实.*现将XX镇2023年工作报告如下:$/u),
    ]);
    expect(paragraphs).toContain("(一)经济运行稳中有升");
    expect(paragraphs).toContain("(二)乡村振兴固本强基");
    // A run-in heading ending in 。 may stand on its own line or open its paragraph: either reads well.
    expect(paragraphs.some((p) => p.startsWith("1.特色农业提质扩量。"))).toBe(true);
    expect(
      paragraphs.some((p) => p.startsWith("围绕XX花生、XX蓝莓、南岗茶园") || p.startsWith("1.特色农业提质扩量。围绕")),
    ).toBe(true);
    expect(
      paragraphs.some((p) =>
        p.startsWith("前三季度,完成地区生产总值XX亿元,增长5%;1—10月份,完成限上消费品零售总额XX万元"),
      ),
    ).toBe(true);
    expect(paragraphs.length).toBeLessThan(30);
  });

  test("a speech whose short lines are a list is not joined", () => {
    const list = [
      "各位代表：",
      "一、工作回顾",
      "（一）经济运行",
      "全镇完成生产总值X亿元。",
      "（二）乡村振兴",
      "完成造林X亩。",
      "二、明年打算",
      "（一）抓项目",
      "新开工项目X个。",
      "（二）抓民生",
      "新增就业X人。",
      "三、保障措施",
      "（一）强组织",
      "（二）严考核",
    ].join("\n");
    const cleaned = cleanSource(list);
    expect(cleaned.rejoined).toBe(0);
    expect(cleaned.text).toBe(list);
  });
});

describe("web and advert lines are dropped wherever they stand, and listed with their numbers", () => {
  test("the seed's distributor header: watermark, brand, slogans, reseller notice, QQ group", () => {
    const cleaned = cleanSource(seedLines.join("\n"));
    expect(cleaned.text).toBe(speech);
    expect(cleaned.dropped.map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 7, 8, 9]);
  });

  test("adverts mid-text go, the sentences around them and a sentence with chrome words stay", () => {
    const raw = [
      "在全县疫情防控工作会议上的讲话",
      "同志们：",
      "今年以来，全县新增确诊病例X例，治愈出院X例。",
      "更多精品范文请关注公众号：笔杆子文库",
      "要坚持扫码通行、亮码进场，严格落实公共场所测温、登记等措施，举报电话要24小时有人接听。",
      "",
      "本文档仅供学习交流使用，禁止外传",
      "",
      "二、下半年工作安排",
      "全力抓好X个重点项目建设。",
    ].join("\n");
    const cleaned = cleanSource(raw);
    expect(cleaned.dropped.map((d) => [d.line, d.reason])).toEqual([
      [4, "advert"],
      [7, "advert"],
    ]);
    expect(cleaned.text).toBe(
      [
        "在全县疫情防控工作会议上的讲话",
        "同志们：",
        "今年以来，全县新增确诊病例X例，治愈出院X例。",
        "要坚持扫码通行、亮码进场，严格落实公共场所测温、登记等措施，举报电话要24小时有人接听。",
        "",
        "二、下半年工作安排",
        "全力抓好X个重点项目建设。",
      ].join("\n"),
    );
  });

  test("chrome at both ends of a copied page, the title and the date under it kept", () => {
    const top = [
      "当前位置：首页 > 范文大全 > 讲话稿",
      "在全县经济工作会议上的讲话",
      "发布时间：2023-06-18 10:23",
      "1234 阅读 · 56 下载",
      "28.6KB",
      "12 页",
      "举报",
      "（2023年6月18日）",
    ];
    const body = ["同志们：", "上半年，全县地区生产总值完成X亿元，同比增长X%。", "谢谢大家！"];
    const bottom = [
      "分享到：微信 微博 QQ空间",
      "【打印】【关闭】",
      "上一篇：县长在全县安全生产工作会议上的讲话",
      "下一篇：在全县组织工作会议上的讲话",
      "版权所有 © 2023 范文网 京ICP备12345678号",
    ];
    const cleaned = cleanSource([...top, ...body, ...bottom].join("\n") + "\n");
    expect(cleaned.text).toBe(["在全县经济工作会议上的讲话", "（2023年6月18日）", ...body].join("\n") + "\n");
    expect(cleaned.dropped.map((d) => d.line)).toEqual([1, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16]);
  });

  test("a text that is mostly advert shows a high dropped share", () => {
    const raw = [
      "仅供学习 禁止外传",
      "酷乐文行",
      "现在订阅立享前3年的所有权益和资料",
      "会员群：  免费QQ群：",
      "X县召开会议。",
      "举报",
      "本文档仅供学习交流使用，禁止外传",
    ].join("\n");
    expect(cleanSource(raw).droppedShare).toBeGreaterThan(0.25);
    expect(cleanSource(speech).droppedShare).toBe(0);
  });
});
