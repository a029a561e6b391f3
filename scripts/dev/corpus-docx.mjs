#!/usr/bin/env node
// Writes test/corpus/docx/*.docx: Word versions of four corpus templates, laid out as a county office types
// them (title, 仿宋 body, a header and a footer with blanks, an indicator table whose column headers carry the
// unit), with runs split around the blanks, spell-check marks and a bookmark as Word leaves them; and beside
// each, NN-name.labels.tsv with every blank placed as a person looks for it: part, paragraph or table cell.
// The body text is the corpus template's own (chrome lines left out); the table, its caption, the header and
// the footer are built from the template's own indicators and are marked as such in test/corpus/README.md.
// Usage: node scripts/dev/corpus-docx.mjs   (rewrites the files; run from the project root)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { AlignmentType, Bookmark, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { CORPUS, loadCorpus } from "./corpus-lib.mjs";
import { wordDocument } from "./word-document.mjs";

const OUT = join(CORPUS, "docx");
const MASK = /[Xx]+(?:\.[Xx\d]+)?|20[Xx]{2}年[Xx]月[Xx]日/g;

/** The four documents: which template, what to add, and the kind of every blank added (in order of reading). */
const DOCS = [
  {
    source: "02-town-halfyear-report",
    header: { text: "xx镇人民政府办公室", kinds: ["county"] },
    footer: { text: "xx镇党政办公室　　20XX年X月X日印发", kinds: ["county", "date"] },
    tableAfter: 7,
    caption: "表1　上半年主要经济指标完成情况",
    head: ["指标", "完成额（万元）", "同比增长（%）"],
    rows: [
      ["规上工业增加值", "xxx", "x.x"],
      ["社会消费品零售额", "xxxxx", "x"],
      ["社会固定资产投资", "xxxxx", "—"],
      ["农村常住居民人均可支配收入（元）", "xxxxx", "x.x"],
    ],
    cellKinds: { 1: "amount", 2: "percent" },
  },
  {
    source: "05-district-quarter-report",
    header: { text: "XX区发展和改革局", kinds: ["county"] },
    footer: { text: "XX区人民政府办公室　20XX年X月X日印", kinds: ["county", "date"] },
    tableAfter: 2,
    caption: "表1　前三季度主要经济指标",
    head: ["指标", "总量（亿元）", "增速（%）", "全市位次"],
    rows: [
      ["地区生产总值", "X", "X", "1"],
      ["固定资产投资", "—", "X", "1"],
      ["规模以上工业增加值", "—", "X", "X"],
      ["社会消费品零售总额", "X", "X", "2"],
      ["一般预算收入", "X", "—", "—"],
    ],
    cellKinds: { 1: "amount", 2: "percent", 3: "rank" },
  },
  {
    source: "13-district-industry-bureau-speech",
    header: { text: "XX区科技和工业局", kinds: ["county"] },
    footer: { text: "20XX年X月X日印发", kinds: ["date"] },
    tableAfter: 4,
    caption: "表1　二季度规上工业产值预计",
    head: ["月份", "产值（亿元）", "同期（亿元）", "同比增长（%）"],
    rows: [
      ["4月", "XX", "XX", "XX"],
      ["5月", "XX", "XX", "XX"],
      ["6月", "XX", "XX", "XX"],
    ],
    cellKinds: { 1: "amount", 2: "amount", 3: "percent" },
  },
  {
    // Held out (issue-10 trial): a county's congress host script, laid out as the county office types it.
    source: "21-county-congress-host",
    header: { text: "XX县人民政府办公室", kinds: ["county"] },
    footer: { text: "XX县人民政府办公室　　20XX年X月X日印发", kinds: ["county", "date"] },
    tableAfter: 16,
    caption: "表1　2005年国民经济主要指标",
    head: ["指标", "产值（万元）", "增幅（%）"],
    rows: [
      ["地区生产总值", "XXXXXX", "XX.X"],
      ["工业总产值", "XXXXX", "XX.X"],
      ["农业总产值", "XXXXX", "X.X"],
      ["地方财政收入", "XXXX", "XX"],
    ],
    cellKinds: { 1: "amount", 2: "percent" },
  },
];

const BODY = { font: "仿宋_GB2312", size: 32 };
const run = (text, extra = {}) => new TextRun({ text, ...BODY, ...extra });

/** Runs as Word leaves them: a run boundary at every blank, a long blank split in two, long text cut. */
function wordRuns(text, n) {
  const runs = [];
  let at = 0;
  for (const m of text.matchAll(MASK)) {
    if (m.index > at) runs.push(...cut(text.slice(at, m.index), n));
    const mask = m[0];
    if (mask.length >= 2 && (n + m.index) % 3 === 0) runs.push(run(mask.slice(0, 1)), run(mask.slice(1)));
    else runs.push(run(mask));
    at = m.index + mask.length;
  }
  if (at < text.length) runs.push(...cut(text.slice(at), n));
  return runs;
}

function cut(text, n) {
  if (text.length < 40) return [run(text)];
  const k = 17 + (n % 13);
  return [run(text.slice(0, k)), run(text.slice(k))];
}

/** Every blank in a text, in reading order, with its code-point column. */
function blanks(text) {
  return [...text.matchAll(MASK)].map((m) => ({ column: [...text.slice(0, m.index)].length + 1, text: m[0] }));
}

function build(spec, entry) {
  const lines = entry.text.split("\n").filter((l, i) => l.trim() && !entry.chrome.includes(i + 1));
  const lineNumbers = entry.text
    .split("\n")
    .map((l, i) => (l.trim() && !entry.chrome.includes(i + 1) ? i + 1 : 0))
    .filter(Boolean);
  const labels = [];
  const children = [];
  let para = 0;
  lines.forEach((text, i) => {
    para++;
    const isTitle = i === 0 && text.length < 40;
    const runs = isTitle
      ? [new TextRun({ text, font: "方正小标宋简体", size: 44 })]
      : i === 1
        ? [new Bookmark({ id: "_GoBack", children: wordRuns(text, i) })]
        : wordRuns(text, i);
    children.push(
      new Paragraph({
        alignment: isTitle ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        indent: isTitle ? undefined : { firstLine: 640 },
        children: runs,
      }),
    );
    for (const l of entry.labels.filter((x) => x.line === lineNumbers[i])) {
      labels.push(["document", `段${para}`, l.column, l.text, l.kind, l.context]);
    }
    if (i + 1 === spec.tableAfter) {
      para++;
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(spec.caption, { bold: true })] }));
      children.push(table(spec, labels));
    }
  });
  return { children, labels };
}

function table(spec, labels) {
  const cell = (text, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold, size: 24 })] })],
    });
  const rows = [new TableRow({ tableHeader: true, children: spec.head.map((h) => cell(h, true)) })];
  spec.rows.forEach((r, ri) => {
    rows.push(new TableRow({ children: r.map((c) => cell(c)) }));
    r.forEach((c, ci) => {
      for (const b of blanks(c)) {
        labels.push([
          "document",
          `表1 第${ri + 2}行第${ci + 1}列`,
          b.column,
          b.text,
          spec.cellKinds[ci],
          `${r[0]} | ${spec.head[ci]}`,
        ]);
      }
    });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function headerFooter(part, { text, kinds }, labels) {
  const found = blanks(text);
  if (found.length !== kinds.length)
    throw new Error(`${part} "${text}": ${found.length} blanks, ${kinds.length} kinds`);
  found.forEach((b, i) => labels.push([part, "段1", b.column, b.text, kinds[i], text]));
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: "宋体", size: 20 })] });
}

/** Adds what Word writes and the docx package does not: spell-check marks around the first blanks of the body. */
function spellCheckMarks(xml) {
  let marked = 0;
  return xml.replace(/<w:r>(?:(?!<\/w:r>).)*?<w:t(?: [^>]*)?>[Xx]{2,}<\/w:t><\/w:r>/gs, (r) =>
    marked++ < 3 ? `<w:proofErr w:type="spellStart"/>${r}<w:proofErr w:type="spellEnd"/>` : r,
  );
}

/** Fixed creation and modification times, so the files are the same bytes each time they are made. */
function stableCore(xml) {
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, "$12024-01-01T00:00:00Z");
}

const corpus = new Map(loadCorpus().map((e) => [e.name, e]));
for (const spec of DOCS) {
  const entry = corpus.get(spec.source);
  if (!entry) throw new Error(`no corpus template ${spec.source}`);
  const labels = [];
  const header = headerFooter("header", spec.header, labels);
  const footer = headerFooter("footer", spec.footer, labels);
  const body = build(spec, entry);
  labels.push(...body.labels);
  const bytes = await wordDocument(
    {
      header,
      footer,
      children: body.children,
      creator: "xfill corpus",
      styles: { default: { document: { run: { font: BODY.font, size: BODY.size } } } },
    },
    { "word/document.xml": spellCheckMarks, "docProps/core.xml": stableCore },
    { mtime: new Date("2024-01-01T00:00:00Z") },
  );
  writeFileSync(join(OUT, `${spec.source}.docx`), bytes);
  const order = { header: 0, document: 1, footer: 2 };
  labels.sort((a, b) => order[a[0]] - order[b[0]]);
  const tsv = ["part\tplace\tcolumn\ttext\tkind\tcontext", ...labels.map((l) => l.join("\t"))].join("\n") + "\n";
  writeFileSync(join(OUT, `${spec.source}.labels.tsv`), tsv);
  console.log(`${spec.source}.docx: ${labels.length} blanks`);
}
