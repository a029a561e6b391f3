import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readParagraphs } from "../../src/ooxml/paragraphs.js";
import { rPrForChinese, withRunProperty } from "../../src/ooxml/run-props.js";
import { applyEdits, replaceRange } from "../../src/ooxml/text-edits.js";
import { kindFromCellHeaders } from "../../src/scan/cell-headers.js";

const run = (t: string, rPr = "") => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;

describe("readParagraphs", () => {
  test("text of runs, tabs and breaks; deleted, moved-away text and field codes left out; nested text boxes their own paragraph", () => {
    const xml =
      `<w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:rFonts w:eastAsia="仿宋"/></w:rPr></w:pPr>` +
      run("甲&amp;") +
      `<w:r><w:tab/><w:t>乙</w:t><w:br/></w:r>` +
      `<w:del w:id="1"><w:r><w:delText>X</w:delText></w:r></w:del><w:moveFrom w:id="2"><w:r><w:t>移走</w:t></w:r></w:moveFrom>` +
      `<w:r><w:instrText> PAGE </w:instrText></w:r>` +
      `<w:r><w:drawing><w:txbxContent><w:p>${run("框")}</w:p></w:txbxContent></w:drawing></w:r></w:p></w:body>`;
    const ps = readParagraphs(xml, "body");
    expect(ps.map((p) => p.text)).toEqual(["框", "甲&\t乙\n"]);
    expect(ps[0]!.place).toEqual({ story: "body", textBox: 1 });
    expect(ps[1]!.place).toEqual({ story: "body", paragraph: 1 });
    expect(ps[1]!.markRPr).toBe('<w:rPr><w:rFonts w:eastAsia="仿宋"/></w:rPr>');
    // Each w:t knows where its content lies in the part.
    for (const n of ps[1]!.nodes) expect(xml.slice(n.start, n.end).replace("&amp;", "&")).toBe(n.text);
  });

  test("table cells are numbered by table, row and column; notes by their order, separators not counted", () => {
    const cell = (t: string) => `<w:tc><w:p>${run(t)}</w:p></w:tc>`;
    const body = `<w:tbl><w:tr>${cell("a")}${cell("b")}</w:tr><w:tr>${cell("c")}${cell("d")}</w:tr></w:tbl><w:tbl><w:tr>${cell("e")}</w:tr></w:tbl>`;
    expect(readParagraphs(body, "body").map((p) => [p.text, p.place.table, p.place.row, p.place.column])).toEqual([
      ["a", 1, 1, 1],
      ["b", 1, 1, 2],
      ["c", 1, 2, 1],
      ["d", 1, 2, 2],
      ["e", 2, 1, 1],
    ]);
    const notes =
      `<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>` +
      `</w:footnote><w:footnote w:id="1"><w:p>${run("一")}</w:p></w:footnote><w:footnote w:id="2">` +
      `<w:p>${run("二")}</w:p></w:footnote></w:footnotes>`;
    expect(
      readParagraphs(notes, "footnote")
        .filter((p) => p.text)
        .map((p) => p.place.note),
    ).toEqual([1, 2]);
  });

  test("a text box's fallback copy is marked, and paired with the choice's paragraph", () => {
    const box = (t: string) => `<w:txbxContent><w:p>${run(t)}</w:p></w:txbxContent>`;
    const xml =
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box("X科长")}</mc:Choice>` +
      `<mc:Fallback>${box("X科长")}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const [choice, fallback] = readParagraphs(xml, "body");
    expect([choice!.fallback, fallback!.fallback]).toEqual([false, true]);
    expect(choice!.twin).toBeDefined();
    expect(fallback!.twin).toBe(choice!.twin);
  });
});

describe("applyEdits", () => {
  test("only the content of the w:t edited changes; everything else stays byte for byte", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[甲乙丙X &<]{0,6}$/), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 4 }),
        (texts, a, b, value) => {
          const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
          const runs = texts.map(
            (t, i) =>
              `<w:r w:rsidR="0${i}"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>` +
              `<w:bookmarkStart w:id="${i}"/>`,
          );
          const xml = `<w:p w:rsidR="01">${runs.join("")}</w:p>`;
          const [p] = readParagraphs(xml, "body");
          const full = texts.join("");
          const start = full.length ? a % (full.length + 1) : 0;
          const end = start + (full.length - start ? b % (full.length - start + 1) : 0);
          const out = applyEdits(xml, replaceRange(p!, start, end, { text: value }));
          const [q] = readParagraphs(out, "body");
          if (end > start)
            expect(q!.text).toBe(
              full.slice(0, start) +
                value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g, "") +
                full.slice(end),
            );
          // Outside the w:t contents, the XML is the same.
          const strip = (s: string) => s.replace(/<w:t xml:space="preserve">[^<]*<\/w:t>/g, "<w:t/>");
          expect(strip(out)).toBe(strip(xml));
        },
      ),
    );
  });
});

describe("run properties", () => {
  test("a property goes where the schema puts it, or replaces its namesake", () => {
    const rPr =
      '<w:rPr><w:rFonts w:ascii="A"/><w:b/><w:sz w:val="32"/><w:u w:val="single"/><w:lang w:eastAsia="zh-CN"/></w:rPr>';
    expect(withRunProperty(rPr, '<w:highlight w:val="yellow"/>')).toBe(
      '<w:rPr><w:rFonts w:ascii="A"/><w:b/><w:sz w:val="32"/><w:highlight w:val="yellow"/><w:u w:val="single"/><w:lang w:eastAsia="zh-CN"/></w:rPr>',
    );
    expect(withRunProperty('<w:rPr><w:highlight w:val="green"/></w:rPr>', '<w:highlight w:val="yellow"/>')).toBe(
      '<w:rPr><w:highlight w:val="yellow"/></w:rPr>',
    );
    expect(withRunProperty("", '<w:highlight w:val="yellow"/>')).toBe('<w:rPr><w:highlight w:val="yellow"/></w:rPr>');
  });

  test("a Chinese value in a run that names only Latin fonts gets the first East Asian font found", () => {
    const latin = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>';
    expect(rPrForChinese(latin, [undefined, "仿宋_GB2312"])).toBe(
      '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/></w:rPr>',
    );
    // The run's own East Asian font, or no fonts at all (styles decide): nothing to change.
    expect(rPrForChinese('<w:rPr><w:rFonts w:ascii="A" w:eastAsia="宋体"/></w:rPr>', ["仿宋"])).toBeUndefined();
    expect(rPrForChinese("<w:rPr><w:b/></w:rPr>", ["仿宋"])).toBeUndefined();
  });
});

describe("kindFromCellHeaders", () => {
  test.each([
    [
      { column: "产值（万元）", row: "柳河镇" },
      { kind: "amount", unit: "万元", label: "柳河镇产值（万元）" },
    ],
    [
      { column: "增幅（%）", row: "白河镇" },
      { kind: "percent", unit: "%", label: "白河镇增幅（%）" },
    ],
    [{ column: "户数(户)" }, { kind: "count", unit: "户", label: "户数（户）" }],
    [{ column: "负责人", row: "柳河镇" }, { label: "柳河镇负责人" }],
  ])("%j", (headers, expected) => {
    expect(kindFromCellHeaders(headers)).toEqual(expected);
  });
});
