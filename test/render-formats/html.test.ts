import { describe, expect, test } from "vitest";
import { toHtml } from "../../src/render/formats/html.js";
import { escapeHtml } from "../../src/render/formats/html-escape.js";
import { renderDocx } from "../../src/render/formats/docx.js";
import { paragraphs, SPEECH, unzipDocx } from "./helpers.js";

const META = { speaker: "张建国", date: "2020年7月15日", county: "青川" };

/** Each paragraph of a .docx body as role, lead phrase (a bold first run) and text. */
function docxStructure(documentXml: string): string[] {
  const roles: Record<string, string> = { Title: "title", XfByline: "byline", XfSalutation: "salutation" };
  return paragraphs(documentXml).map((p) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p.pPr)?.[1] ?? "";
    const role = roles[style] ?? (/^Heading\d$/.test(style) ? `heading ${style.slice(-1)}` : "paragraph");
    const lead = p.runs.length > 1 && /<w:b( w:val="1")?\/>/.test(p.runs[0]!.rPr) ? ` [${p.runs[0]!.text}]` : "";
    return `${role}${lead} ${p.text}`;
  });
}

/** Each block of an HTML page's body as role, lead phrase (<strong class="lead">) and text. */
function htmlStructure(page: string): string[] {
  const body = page.slice(page.indexOf("<body>"));
  const unescape = (s: string) =>
    s
      .replace(/<br>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  return [...body.matchAll(/<(h1|h2|h3|h4|p)( class="([^"]+)")?>([^]*?)<\/\1>/g)].map(([, tag, , cls, inner]) => {
    const role = tag === "h1" ? "title" : tag === "p" ? (cls ?? "paragraph") : `heading ${cls!.replace("level-", "")}`;
    const lead = /^<strong class="lead">([^]*?)<\/strong>/.exec(inner!);
    return `${role}${lead ? ` [${unescape(lead[1]!)}]` : ""} ${unescape(inner!)}`;
  });
}

describe("toHtml", () => {
  const html = toHtml(SPEECH, META);

  test("one standalone zh-CN page with charset and an embedded stylesheet", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>在县委十五届七次全会上的讲话</title>");
    expect(html).not.toMatch(/<link|<script|src=/);
  });

  test("same structure as the docx: title, bylines, salutation, headings, lead phrases", async () => {
    expect(html).toContain("<h1>在县委十五届七次全会上的讲话</h1>");
    expect(html).toContain('<p class="byline">张建国</p>\n<p class="byline">（2020年7月15日）</p>');
    expect(html).toContain('<p class="salutation">同志们：</p>');
    expect(html.match(/<h2 /g)).toHaveLength(5);
    expect(html).toContain('<h2 class="level-1">一、在推动经济高质量发展上迈出更大步伐</h2>');
    expect(html).toContain('<p><strong class="lead">一是靶向发力稳增长。</strong>要立足');
    // Paragraph by paragraph, the same roles and texts as the Word file made from the same speech and meta.
    for (const [text, meta] of [
      [SPEECH, META],
      ["题\n各位企业家，同志们：\n一、甲\n（一）乙\n1.丙\n（1）丁\n一是戊。己\n正文", {}],
    ] as const) {
      const docx = docxStructure(unzipDocx(await renderDocx(text, meta))["word/document.xml"]!);
      expect(docx.length).toBeGreaterThan(5);
      expect(htmlStructure(toHtml(text, meta))).toEqual(docx);
    }
  });

  test("the print stylesheet follows the docx layout", () => {
    expect(html).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    expect(html).toMatch(/h1 \{ font-family: "方正小标宋简体"[^}]*font-size: 22pt/);
    expect(html).toMatch(/font-family: "仿宋_GB2312"[^}]*font-size: 16pt; line-height: 28\.95pt/);
    expect(html).toContain("text-indent: 2em");
    expect(html).toMatch(/\.level-1 \{ font-family: "黑体"/);
    expect(html).toMatch(/\.level-2 \{ font-family: "楷体_GB2312"/);
  });

  test("values are HTML-escaped everywhere, title and meta included", () => {
    const out = toHtml('A&B<script>"x"\n同志们：\n数值<b>粗</b>&amp;\n一是"引"<i>。其余&', {
      speaker: "<张>",
      date: 'a"b',
      title: "<t>",
    });
    expect(out).toContain("<title>&lt;t&gt;</title>");
    expect(out).toContain("<h1>A&amp;B&lt;script&gt;&quot;x&quot;</h1>");
    expect(out).toContain('<p class="byline">&lt;张&gt;</p>');
    expect(out).toContain('<p class="byline">（a&quot;b）</p>');
    expect(out).toContain("<p>数值&lt;b&gt;粗&lt;/b&gt;&amp;amp;</p>");
    expect(out).toContain('<p><strong class="lead">一是&quot;引&quot;&lt;i&gt;。</strong>其余&amp;</p>');
    expect(out).not.toContain("<script>");
  });

  test("（一） and 1. headings; a heading with text after it is a paragraph opening in its face", () => {
    const out = toHtml("题\n（一）小标题\n1.三级\n（二）靶向发力。要立足当前。");
    expect(out).toContain('<h3 class="level-2">（一）小标题</h3>\n<h4 class="level-3">1.三级</h4>');
    expect(out).toContain('<p><span class="level-2">（二）靶向发力。</span>要立足当前。</p>');
  });

  test("a long title breaks into lines with <br>", () => {
    const out = toHtml("在中国共产党青川县第十五届委员会第七次全体会议暨县委经济工作会议上的讲话\n同志们：");
    expect(out).toContain("<h1>在中国共产党青川县<br>第十五届委员会第七次全体会议<br>暨县委经济工作会议上的讲话</h1>");
  });

  test.each([
    ["&", "&amp;"],
    ["<>", "&lt;&gt;"],
    ['"', "&quot;"],
    ["'", "&#39;"],
  ])("escapeHtml %s", (s, want) => expect(escapeHtml(s)).toBe(want));
});
