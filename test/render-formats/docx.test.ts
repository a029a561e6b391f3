import { describe, expect, test } from "vitest";
import { renderDocx } from "../../src/render/formats/docx.js";
import { docxLayout } from "../../src/render/formats/docx/layout.js";
import { paragraphs, SPEECH, style, unzipDocx } from "./helpers.js";

const META = { county: "青川", speaker: "张建国", date: "2020年7月15日" };
const parts = unzipDocx(await renderDocx(SPEECH, META, { created: new Date("2020-07-15T08:00:00Z") }));
const documentXml = parts["word/document.xml"]!;
const styles = parts["word/styles.xml"]!;
const paras = paragraphs(documentXml);
const pageSize = /<w:pgSz ([^>]*)\/>/.exec(documentXml)![1]!;
const pageMargins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1]!;
/** A numeric attribute (twips or half-points) from an element's attribute list. */
const numberAttr = (attrs: string, name: string) => Number(new RegExp(`w:${name}="(-?\\d+)"`).exec(attrs)![1]);
const find = (start: string) => {
  const p = paras.find((q) => q.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting ${start}`);
  return p;
};

describe("page (GB/T 9704 5.2)", () => {
  test("A4 with margins top 37, bottom 35, left 28, right 26 mm", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(pageMargins).toContain('w:top="2098"');
    expect(pageMargins).toContain('w:bottom="1984"');
    expect(pageMargins).toContain('w:left="1587"');
    expect(pageMargins).toContain('w:right="1474"');
  });

  test("exact 28.95 pt lines: 22 fit the 225 mm text area, 23 do not", () => {
    // Every number is read from the document: the page height and margins, and the default line pitch.
    const spacing = /<w:pPrDefault><w:pPr>[^]*?<w:spacing ([^>]*)\/>/.exec(styles)![1]!;
    expect(spacing).toContain('w:lineRule="exact"');
    const line = numberAttr(spacing, "line");
    expect(line).toBe(579); // 28.95 pt
    const textHeight = numberAttr(pageSize, "h") - numberAttr(pageMargins, "top") - numberAttr(pageMargins, "bottom");
    expect(22 * line).toBeLessThanOrEqual(textHeight);
    expect(23 * line).toBeGreaterThan(textHeight);
  });

  test("widow control is off, so a full page holds all 22 lines", () => {
    expect(styles).toContain('<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>');
  });
});

describe("28 characters a line (GB/T 9704 5.2.2)", () => {
  const settings = parts["word/settings.xml"]!;

  test("the body is condensed by 5 twips (0.25 pt) a character: 28 fit the line, 29 do not", () => {
    // Every number is read from the document: page width, margins, the body's size and character spacing.
    const rPr = /<w:rPrDefault><w:rPr>([^]*?)<\/w:rPr>/.exec(styles)![1]!;
    const width = numberAttr(pageSize, "w") - numberAttr(pageMargins, "left") - numberAttr(pageMargins, "right");
    const em = numberAttr(/<w:sz ([^>]*)\/>/.exec(rPr)![1]!, "val") * 10; // half-points → twips
    const condense = numberAttr(/<w:spacing ([^>]*)\/>/.exec(rPr)![1]!, "val");
    expect(em).toBe(320); // 三号, 16 pt
    expect(condense).toBe(-5);
    expect(28 * em).toBeGreaterThan(width); // at its own width only 27 fit
    expect(28 * (em + condense)).toBeLessThanOrEqual(width);
    expect(29 * (em + condense)).toBeGreaterThan(width);
  });

  test("no character grid (LibreOffice would give each character two cells): the section keeps its line pitch only", () => {
    expect(documentXml).toContain('<w:docGrid w:linePitch="579"/>');
  });

  test("punctuation keeps its full width, so a line's count does not depend on it", () => {
    expect(settings).toContain('<w:characterSpacingControl w:val="doNotCompress"/>');
  });

  test('"-" may not end a line in Word and WPS; figures stay plain characters', async () => {
    const after = /<w:noLineBreaksAfter w:lang="zh-CN" w:val="([^"]*)"\/>/.exec(settings)![1]!;
    expect(after).toContain("-");
    const x = unzipDocx(await renderDocx("题\n固定资产投资增速-2.8%，同比下降-12.35个百分点。"))["word/document.xml"]!;
    expect(paragraphs(x)[1]!.text).toBe("固定资产投资增速-2.8%，同比下降-12.35个百分点。");
    expect(x).not.toMatch(/noBreakHyphen|softHyphen|\u2011|\u2060|\u00AD/);
  });
});

describe("body text", () => {
  test("三号 仿宋_GB2312 with the East Asian hint and zh-CN language by default", () => {
    const rPr = /<w:rPrDefault><w:rPr>([^]*?)<\/w:rPr>/.exec(styles)![1]!;
    expect(rPr).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"[^>]*w:hint="eastAsia"/);
    expect(rPr).toContain('<w:sz w:val="32"/>');
    expect(rPr).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  test("first line indented two characters: firstLine 640 twips and firstLineChars 200", () => {
    expect(styles).toMatch(/<w:pPrDefault>[^]*<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
  });

  test("every run names its East Asian font with the eastAsia hint", () => {
    const runs = paras.flatMap((p) => p.runs).filter((r) => r.text);
    expect(runs.length).toBeGreaterThan(60);
    for (const r of runs) expect(r.rPr).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"[^>]*w:hint="eastAsia"\/>/);
  });

  test("body paragraphs carry no style or indent of their own, so the defaults apply", () => {
    const p = find("这次会议的主要任务是");
    expect(p.pPr).toBe("");
    expect(p.runs).toHaveLength(1);
    expect(p.runs[0]!.rPr).toContain('w:eastAsia="仿宋_GB2312"');
  });

  test("text is XML-escaped", async () => {
    const x = unzipDocx(await renderDocx('标题\nA&B<公司>"引"\u0001。'))["word/document.xml"]!;
    expect(x).toContain("A&amp;B&lt;公司&gt;&quot;引&quot;。");
  });
});

describe("title and the lines under it", () => {
  test("二号 方正小标宋简体, centred, no indent", () => {
    const s = style(styles, "Title");
    expect(s).toContain('<w:sz w:val="44"/>');
    expect(s).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(s).toContain('<w:jc w:val="center"/>');
    expect(s).toContain('<w:ind w:firstLine="0" w:firstLineChars="0"/>');
    expect(paras[0]!.pPr).toContain('<w:pStyle w:val="Title"/>');
    expect(paras[0]!.text).toBe("在县委十五届七次全会上的讲话");
    expect(paras[0]!.runs[0]!.rPr).toContain('w:eastAsia="方正小标宋简体"');
  });

  test("speaker and date lines in 楷体_GB2312, centred; a blank line before the salutation", () => {
    expect(paras[1]!.text).toBe("张建国");
    expect(paras[2]!.text).toBe("（2020年7月15日）");
    for (const p of [paras[1]!, paras[2]!]) {
      expect(p.pPr).toContain('<w:pStyle w:val="XfByline"/>');
      expect(p.runs[0]!.rPr).toContain('w:eastAsia="楷体_GB2312"');
    }
    expect(paras[2]!.pPr).toContain('<w:spacing w:after="579"/>');
    expect(style(styles, "XfByline")).toContain('<w:jc w:val="center"/>');
  });

  test("no meta: the title alone, followed by the blank line", async () => {
    const p = paragraphs(unzipDocx(await renderDocx(SPEECH))["word/document.xml"]!);
    expect(p[0]!.pPr).toContain('<w:spacing w:after="579"/>');
    expect(p[1]!.text).toBe("同志们：");
  });

  test("a long title is broken into balanced lines within one paragraph", async () => {
    const title = "在中国共产党青川县第十五届委员会第七次全体会议暨县委经济工作会议上的讲话";
    const p = paragraphs(unzipDocx(await renderDocx(`${title}\n同志们：`))["word/document.xml"]!)[0]!;
    expect(p.runs.map((r) => r.text)).toEqual([
      "在中国共产党青川县",
      "",
      "第十五届委员会第七次全体会议",
      "",
      "暨县委经济工作会议上的讲话",
    ]);
  });

  test("a salutation with commas is flush left too", async () => {
    const x = unzipDocx(await renderDocx("题\n各位企业家，同志们：\n今天召开会议。"))["word/document.xml"]!;
    expect(paragraphs(x)[1]!.pPr).toContain('<w:pStyle w:val="XfSalutation"/>');
  });

  test("the salutation is flush left", () => {
    const p = find("同志们：");
    expect(p.pPr).toContain('<w:pStyle w:val="XfSalutation"/>');
    expect(style(styles, "XfSalutation")).toContain('<w:ind w:firstLine="0" w:firstLineChars="0"/>');
  });
});

describe("headings and lead phrases", () => {
  test.each([
    ["Heading1", "黑体", 0],
    ["Heading2", "楷体_GB2312", 1],
    ["Heading3", "仿宋_GB2312", 2],
  ])("%s: %s, 三号, outline level %i", (id, font, level) => {
    const s = style(styles, id);
    expect(s).toContain(`w:eastAsia="${font}"`);
    expect(s).toContain('<w:sz w:val="32"/>');
    expect(s).toContain(`<w:outlineLvl w:val="${level}"/>`);
    expect(s).toContain("<w:keepNext/>");
  });

  test("一、 headings use Heading1 and 黑体 on their run", () => {
    const p = find("一、在推动经济高质量发展上迈出更大步伐");
    expect(p.pPr).toContain('<w:pStyle w:val="Heading1"/>');
    expect(p.runs[0]!.rPr).toContain('w:eastAsia="黑体"');
    expect(paras.filter((q) => q.pPr.includes('"Heading1"'))).toHaveLength(5);
  });

  test("（一） and 1. headings; text run in after them stays 仿宋", async () => {
    const x = unzipDocx(await renderDocx("题\n（一）靶向发力。要立足。\n1.壮大产业集群\n（1）做强镇域"))[
      "word/document.xml"
    ]!;
    const [, h2, h3, h4] = paragraphs(x);
    expect(h2!.pPr).toContain('"Heading2"');
    expect(h2!.runs.map((r) => r.text)).toEqual(["（一）靶向发力。", "要立足。"]);
    expect(h2!.runs[0]!.rPr).toContain('w:eastAsia="楷体_GB2312"');
    expect(h2!.runs[1]!.rPr).toContain('w:eastAsia="仿宋_GB2312"');
    expect(h3!.pPr).toContain('"Heading3"');
    expect(h4!.pPr).toContain('"Heading3"');
  });

  test("the 一是…。 lead phrase is its own bold run; the rest is unchanged", () => {
    const p = find("一是靶向发力稳增长。");
    expect(p.runs[0]!.text).toBe("一是靶向发力稳增长。");
    expect(p.runs[0]!.rPr).toContain('<w:b w:val="1"/>');
    expect(p.runs[1]!.text.startsWith("要立足疫情防控常态化条件下")).toBe(true);
    expect(p.runs[1]!.rPr).not.toContain("<w:b");
    const leads = paras.filter((q) => q.runs[0]?.rPr.includes("<w:b "));
    expect(leads).toHaveLength(18);
  });
});

describe("page numbers (GB/T 9704 7.5)", () => {
  const footerOf = (type: string) => {
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(documentXml)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
      parts["word/_rels/document.xml.rels"]!,
    )!;
    return parts[`word/${target[1] ?? target[2]}`]!;
  };

  test("a PAGE field between dashes, 四号 宋体, odd pages right and even pages left", () => {
    for (const [type, side] of [
      ["default", "right"],
      ["even", "left"],
    ] as const) {
      const f = footerOf(type);
      expect(f).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(f).toMatch(/<w:fldChar w:fldCharType="begin"\/>/);
      expect(f).toContain(">— </w:t>");
      expect(f).toContain("> —</w:t>");
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain(`<w:jc w:val="${side}"/>`);
      expect(f).toContain(`<w:ind w:${side}="280"/>`);
    }
  });

  test("settings turn on separate even-page footers and Chinese theme fonts", () => {
    expect(parts["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    expect(parts["word/settings.xml"]).toContain('<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');
  });
});

describe("package", () => {
  test("core properties: the title, and the county in the subject", () => {
    const core = parts["docProps/core.xml"]!;
    expect(core).toContain("<dc:title>在县委十五届七次全会上的讲话</dc:title>");
    expect(core).toContain("<dc:subject>青川县</dc:subject>");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-07-15T08:00:00Z</dcterms:created>');
  });

  test("meta.title overrides the title property, and is escaped", async () => {
    const core = unzipDocx(await renderDocx(SPEECH, { title: "A&B<讲话>", county: "白河区" }))["docProps/core.xml"]!;
    expect(core).toContain("<dc:title>A&amp;B&lt;讲话&gt;</dc:title>");
    expect(core).toContain("<dc:subject>白河区</dc:subject>");
  });

  test("content types first, and an override for every XML part", () => {
    const names = Object.keys(parts);
    expect(names[0]).toBe("[Content_Types].xml");
    for (const n of names.filter((x) => x.endsWith(".xml") && x !== "[Content_Types].xml")) {
      expect(parts["[Content_Types].xml"]).toContain(`PartName="/${n}"`);
    }
    expect(parts["_rels/.rels"]).toContain('Target="word/document.xml"');
    expect(parts["_rels/.rels"]).toContain('Target="docProps/core.xml"');
  });

  test("the font table names every face with its GB2312 charset", () => {
    for (const f of ["仿宋_GB2312", "楷体_GB2312", "黑体", "宋体", "方正小标宋简体"]) {
      expect(parts["word/fontTable.xml"]).toContain(`<w:font w:name="${f}">`);
    }
  });

  test("the layout is built once and shared by every document", async () => {
    expect(docxLayout()).toBe(docxLayout());
    const a = unzipDocx(await renderDocx("甲\n乙"));
    expect(a["word/styles.xml"]).toBe(styles);
    expect(a["word/footer1.xml"]).toBe(parts["word/footer1.xml"]);
  });

  test("same input and time, same bytes", async () => {
    const when = { created: new Date(0) };
    expect(await renderDocx(SPEECH, META, when)).toEqual(await renderDocx(SPEECH, META, when));
  });
});

describe("figures and line breaking", () => {
  test("figures are written as plain characters, nothing hidden inside (they get copied into Excel)", async () => {
    const xml = unzipDocx(await renderDocx("标题\n规模工业总产值42.36亿元，增速-2.8%，1-5月累计。\n"))[
      "word/document.xml"
    ]!;
    expect(xml).toContain("规模工业总产值42.36亿元，增速-2.8%，1-5月累计。");
  });

  test("Word's Chinese line-breaking rules are in settings.xml", () => {
    const settings = parts["word/settings.xml"]!;
    expect(settings).toContain('<w:noLineBreaksBefore w:lang="zh-CN"');
    expect(settings).toMatch(/<w:noLineBreaksAfter [^>]*\/><w:noLineBreaksBefore [^>]*\/><w:compat>/);
  });
});
