import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parseSpeech } from "../../src/render/structure/parse-speech.js";
import { SPEECH } from "./helpers.js";

describe("parseSpeech", () => {
  test("the seed speech: title, salutation, five 一、 headings, lead phrases", () => {
    const doc = parseSpeech(SPEECH);
    expect(doc.title).toBe("在县委十五届七次全会上的讲话");
    expect(doc.titleLines).toEqual([doc.title]);
    expect(doc.blocks[0]).toEqual({ kind: "salutation", text: "同志们：", lead: "", rest: "同志们：" });
    const h1 = doc.blocks.filter((b) => b.kind === "heading1").map((b) => b.text.slice(0, 2));
    expect(h1).toEqual(["一、", "二、", "三、", "四、", "五、"]);
    const leads = doc.blocks.filter((b) => b.kind === "paragraph" && b.lead).map((b) => b.lead);
    expect(leads).toContain("一是靶向发力稳增长。");
    expect(leads).toContain("一要突出政治建设，校准“定盘星”。");
    expect(leads).toHaveLength(18);
    // The closing "同志们，…" is a paragraph, not a salutation.
    expect(doc.blocks.at(-1)!.kind).toBe("paragraph");
  });

  test("blank lines, CRLF and leading full-width spaces are dropped", () => {
    const doc = parseSpeech("\uFEFF\r\n  标题\r\n\r\n同志们：\r\n\u3000\u3000正文第一段。\r\n\n\n一、标题一\n");
    expect(doc.title).toBe("标题");
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["salutation", "同志们："],
      ["paragraph", "正文第一段。"],
      ["heading1", "一、标题一"],
    ]);
  });

  test("a long title is split for display, the title itself kept whole", () => {
    const doc = parseSpeech("在中国共产党青川县第十五届委员会第七次全体会议暨县委经济工作会议上的讲话\n同志们：");
    expect(doc.titleLines.length).toBeGreaterThan(1);
    expect(doc.titleLines.join("")).toBe(doc.title);
  });

  test("empty text has no title and no blocks", () => {
    expect(parseSpeech("\n \n")).toEqual({ title: "", titleLines: [], blocks: [] });
  });

  test("every non-blank line is kept, in order, as title or block text", () => {
    const line = fc.string({ unit: fc.constantFrom("一", "、", "（", "）", "1", ".", "是", "。", "：", "字", " ") });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const doc = parseSpeech(lines.join("\n"));
        const kept = lines.map((l) => l.trim()).filter((l) => l !== "");
        expect([doc.title, ...doc.blocks.map((b) => b.text)].filter((t) => t !== "")).toEqual(kept);
        for (const b of doc.blocks) expect(b.lead + b.rest).toBe(b.text);
      }),
    );
  });
});
