import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { tempDir, xfill } from "../helpers/cli.js";
import { convertToPdf, libreOfficeMissing } from "../helpers/libreoffice.js";
import { wordLikeDocument } from "./word-like.js";

// The clerk's own Word file, made the way Word makes it (see word-like.ts), imported and filled in place.

/** One value per kind: names, places and people alike get 青峰, so the expected text does not hang on which. */
const VALUE: Record<string, string> = {
  county: "青川",
  place: "青峰",
  person: "青峰",
  name: "青峰",
  amount: "12.30",
  percent: "5.0",
  count: "7",
  rank: "3",
  ordinal: "5",
  date: "2026年4月13日",
};

const parts = (bytes: Uint8Array) => new Map(Object.entries(unzipSync(bytes)).map(([n, b]) => [n, b]));
const str = (b: Uint8Array | undefined) => (b ? strFromU8(b) : "");
/** The text of a part's w:t elements, each paragraph a line (deleted text and field codes are not w:t). */
const textOf = (xml: string) =>
  xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter((l) => l !== "")
    .join("\n");
/** Every tag of a part in order with its attributes, w:t text left out: what must not change when a blank is filled. */
const skeleton = (xml: string) =>
  xml
    .replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g, "<w:t/>")
    .replace(/ w:eastAsia="[^"]*"/g, "")
    .match(/<[^>]+>/g);

let work: string;
let original: Uint8Array;
let filled: Map<string, Uint8Array>;
let tpl: string;
let data: string;

beforeAll(async () => {
  work = tempDir("xfill-inplace-");
  original = await wordLikeDocument();
  writeFileSync(join(work, "通知.docx"), original);
  tpl = join(work, "tpl");
  const imported = xfill(["import", join(work, "通知.docx"), "-o", tpl]);
  expect(imported.code, imported.stderr).toBe(0);
  const fields = parse(readFileSync(join(tpl, "fields.yaml"), "utf8")).fields as Record<string, { kind: string }>;
  data = join(work, "data.yaml");
  writeFileSync(
    data,
    Object.entries(fields)
      .map(([k, f]) => `${k}: "${VALUE[f.kind]}"`)
      .join("\n") + "\n",
  );
  const r = xfill(["render", tpl, data, "-o", join(work, "out.docx")]);
  expect(r.code, r.stderr).toBe(0);
  filled = parts(readFileSync(join(work, "out.docx")));
}, 60_000);

describe("a Word file filled in place", () => {
  test("import finds every blank once: the text box's fallback copy and the deleted X are not counted", () => {
    const scan = JSON.parse(xfill(["scan", join(work, "通知.docx"), "--json"]).stdout);
    expect(scan.placeholders).toHaveLength(17);
    expect(existsSync(join(tpl, "template.docx"))).toBe(true);
  });

  test("every blank is filled, where it stood, in the body, table, text box, hyperlink, footnote, header and footer", () => {
    const doc = textOf(str(filled.get("word/document.xml")));
    for (const line of [
      "在全县青峰工作会议上的讲话",
      "全县规模工业增加值增长5.0%，高于全市平均。",
      "完成固定资产投资12.30亿元。",
      "本次会议由青峰同志主持，青峰镇作交流发言。",
      "新增就业7人。",
      "青峰乡村振兴示范村建设稳步推进。",
      "详见青川县统计公报。",
    ]) {
      expect(doc.split("\n")).toContain(line);
    }
    // 万人次: a count or an amount in 万, as the scanner reads it.
    expect(doc).toMatch(/^见第2页，全年接待游客(?:7|12\.30)万人次。$/m);
    // The table: 产值（万元） and 增幅（%） columns hold amounts and percents.
    expect(doc).toContain("柳河镇\n12.30\n5.0\n白河镇\n12.30\n5.0");
    // The text box: both the DrawingML copy and its VML fallback.
    expect(doc.match(/联系人：青峰科长/g)).toHaveLength(2);
    expect(textOf(str(filled.get("word/header1.xml")))).toBe("青川县人民政府办公室");
    expect(textOf(str(filled.get("word/footer1.xml")))).toBe("2026年4月13日印发");
    expect(textOf(str(filled.get("word/footnotes.xml")))).toContain("数据来源：青川县统计局。");
    expect(xfill(["check", join(work, "out.docx")]).code).toBe(0);
  });

  test("parts without a blank are byte-identical; the others differ only in the text of their w:t", () => {
    const before = parts(original);
    const withBlanks = ["word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml"];
    expect([...filled.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) {
      if (withBlanks.includes(name)) continue;
      expect(Buffer.compare(Buffer.from(filled.get(name)!), Buffer.from(bytes)), name).toBe(0);
    }
    for (const name of withBlanks) {
      expect(skeleton(str(filled.get(name))), name).toEqual(skeleton(str(before.get(name))));
      expect(str(filled.get(name))).not.toBe(str(before.get(name)));
    }
  });

  test("the value takes the formatting of the run where the blank starts, and a Latin X's Chinese value gets the East Asian font", () => {
    const doc = str(filled.get("word/document.xml"));
    // X (bold) . (italic) X (underlined) %: the value is in the bold run, the other two are emptied, not removed.
    expect(doc).toMatch(/<w:b\/><w:sz w:val="32"\/><\/w:rPr><w:t xml:space="preserve">5\.0<\/w:t>/);
    expect(doc).toMatch(/<w:i\/><w:sz w:val="32"\/><\/w:rPr><w:t xml:space="preserve"><\/w:t>/);
    // The X set in Times New Roman whose paragraph mark says 仿宋_GB2312.
    expect(doc).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>青峰</w:t>',
    );
  });

  test("field codes and deleted text are never touched; bookmarks, spell-check marks and the content control stay", () => {
    const doc = str(filled.get("word/document.xml"));
    expect(doc).toContain('<w:instrText xml:space="preserve"> REF X_ref \\h </w:instrText>');
    expect(doc).toContain("<w:delText>X千</w:delText>");
    expect(doc).toContain('<w:bookmarkStart w:id="7" w:name="_Hlk1"/>');
    expect(doc.match(/<w:proofErr /g)).toHaveLength(2);
    expect(doc).toMatch(/<w:sdtContent><w:r [^>]*><w:rPr>.*?<\/w:rPr><w:t xml:space="preserve">青峰<\/w:t>/);
  });
});

describe("--draft and --track-changes", () => {
  test("--draft: an open blank shows 【待填：label】 highlighted in yellow, and check FILE places each leftover", () => {
    const half = join(work, "half.yaml");
    const lines = readFileSync(data, "utf8").split("\n");
    // Leave the county and the table's first amount open.
    const fields = parse(readFileSync(join(tpl, "fields.yaml"), "utf8")).fields as Record<
      string,
      { kind: string; label: string }
    >;
    const open = Object.entries(fields)
      .filter(([, f]) => f.kind === "county" || f.label === "柳河镇产值（万元）")
      .map(([k]) => k);
    expect(open.length).toBeGreaterThanOrEqual(2);
    writeFileSync(half, lines.filter((l) => !open.includes(l.split(":")[0]!)).join("\n"));
    const r = xfill(["render", tpl, half, "-o", join(work, "draft.docx"), "--draft"]);
    expect(r.code, r.stderr).toBe(0);
    const out = parts(readFileSync(join(work, "draft.docx")));
    expect(str(out.get("word/header1.xml"))).toMatch(
      /<w:highlight w:val="yellow"\/>.*<w:t xml:space="preserve">【待填：[^】]+】<\/w:t>/,
    );
    const check = xfill(["check", join(work, "draft.docx"), "--json"]);
    expect(check.code).toBe(1);
    const places = JSON.parse(check.stdout).unfilled.map((u: { place: string }) => u.place);
    expect(places).toEqual(expect.arrayContaining(["页眉", "脚注1", "表1 第2行第2列", "第9段"]));
    const text = xfill(["check", join(work, "draft.docx")]);
    expect(text.stderr).toContain("draft.docx 页眉:");
  });

  test("--track-changes: each fill a deletion and an insertion by xfill; accepting all gives the plain fill's text", () => {
    const r = xfill(["render", tpl, data, "-o", join(work, "tracked.docx"), "--track-changes"]);
    expect(r.code, r.stderr).toBe(0);
    const out = parts(readFileSync(join(work, "tracked.docx")));
    for (const name of ["word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml"]) {
      const xml = str(out.get(name));
      const ins = xml.match(/<w:ins w:id="\d+" w:author="xfill" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/g) ?? [];
      const del = xml.match(/<w:del w:id="\d+" w:author="xfill" w:date="[^"]+">/g) ?? [];
      expect(ins.length, name).toBeGreaterThan(0);
      expect(del.length, name).toBe(ins.length);
      // Accept all: drop xfill's deletions, keep the insertions' runs.
      const accepted = xml
        .replace(/<w:del w:id="\d+" w:author="xfill"[\s\S]*?<\/w:del>/g, "")
        .replace(/<\/?w:ins\b[^>]*>/g, "");
      expect(textOf(accepted), name).toBe(textOf(str(filled.get(name))));
      // Reject all: the original text comes back.
      const rejected = xml
        .replace(/<w:ins w:id="\d+" w:author="xfill"[\s\S]*?<\/w:ins>/g, "")
        .replace(/<w:delText\b[^>]*>/g, "<w:t>")
        .replace(/<\/w:delText>/g, "</w:t>");
      expect(textOf(rejected).replace(/X千/g, ""), name).toBe(
        textOf(str(parts(original).get(name))).replace(/X千/g, ""),
      );
    }
    // Ids of the tracked changes are unique in the part.
    const ids = [...str(out.get("word/document.xml")).matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("--layout gbt9704 lays the text out anew instead", () => {
    const r = xfill(["render", tpl, data, "-o", join(work, "gbt.docx"), "--layout", "gbt9704"]);
    expect(r.code, r.stderr).toBe(0);
    expect(parts(readFileSync(join(work, "gbt.docx"))).has("word/media/image1.png")).toBe(false);
    expect(xfill(["render", tpl, data, "-o", join(work, "bad.docx"), "--layout", "a4"]).code).toBe(2);
  });
});

if (libreOfficeMissing)
  console.warn(`in-place.test.ts: the LibreOffice test skipped: ${libreOfficeMissing} not installed`);

describe.skipIf(libreOfficeMissing !== "")("LibreOffice opens what xfill wrote", () => {
  test("the plain and the tracked fill convert to PDF, with the values on the page", () => {
    const outDir = join(work, "pdf");
    convertToPdf([join(work, "out.docx"), join(work, "tracked.docx")], outDir);
    expect(existsSync(join(outDir, "out.pdf"))).toBe(true);
    expect(existsSync(join(outDir, "tracked.pdf"))).toBe(true);
    const text = spawnSync("pdftotext", [join(outDir, "out.pdf"), "-"], { encoding: "utf8" });
    expect(text.status).toBe(0);
    expect(text.stdout.replace(/\s+/g, "")).toContain("青川县人民政府办公室");
    expect(text.stdout.replace(/\s+/g, "")).toContain("增长5.0%");
  }, 150_000);
});
