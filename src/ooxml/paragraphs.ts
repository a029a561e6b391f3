import { decodeXml } from "./xml-text.js";

/** Which part of a Word document a paragraph belongs to, as a reader names it. */
export type Story = "body" | "header" | "footer" | "footnote" | "endnote";

/** Where a paragraph is, as a person would look for it: 表1 第2行第3列, 页眉, 脚注1, 第3段, 文本框1. */
export interface Place {
  story: Story;
  /** 1-based table number within the story, and the cell's row and column. */
  table?: number;
  row?: number;
  column?: number;
  /** 1-based number among the story's non-empty paragraphs outside tables and text boxes. */
  paragraph?: number;
  /** Footnote or endnote number, 1-based in order of the notes part. */
  note?: number;
  /** 1-based text box number within the story. */
  textBox?: number;
}

/** The run a piece of text is in: its opening tag and its properties, as written. */
export interface RunInfo {
  open: string;
  /** The whole `<w:rPr>…</w:rPr>` element, or "". */
  rPr: string;
  /** Offset of the rPr element in the part (-1 when the run has none). */
  rPrStart: number;
}

/** One `w:t` element: where its content lies in the part, its decoded text, and where that sits in the paragraph. */
export interface TextNode {
  /** Offset of `<w:t` in the part. */
  tagStart: number;
  /** Offsets of the content between `<w:t …>` and `</w:t>`. */
  start: number;
  end: number;
  text: string;
  /** Offset of this text in the paragraph's text. */
  at: number;
  run: RunInfo;
}

/** A paragraph's text and the `w:t` elements it is made of. */
export interface Paragraph {
  /** The visible text: w:t content, tabs as \t, breaks as \n; deleted text and field codes left out. */
  text: string;
  nodes: TextNode[];
  place: Place;
  /** In a text box's mc:Fallback copy: filled like its twin, but read once. */
  fallback: boolean;
  /** Pairs a paragraph of mc:Choice with the same paragraph of mc:Fallback: alternate-content number and index. */
  twin?: string;
  /** The paragraph mark's run properties (`w:pPr/w:rPr`), or "". */
  markRPr: string;
  /** The paragraph style id, if any. */
  pStyle?: string;
}

const TOKEN = /<w:t(?=[\s>])[^<>]*(?<!\/)>([^<]*)<\/w:t>|<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^<>]*?)(\/?)>/g;
/** Elements whose text is not on the page: deleted and moved-away text (w:delText is not w:t anyway). */
const HIDDEN = new Set(["w:del", "w:moveFrom"]);
const MARKS: Record<string, string> = {
  "w:tab": "\t",
  "w:ptab": "\t",
  "w:br": "\n",
  "w:cr": "\n",
  "w:noBreakHyphen": "-",
  "w:softHyphen": "",
};

interface Open {
  p: Paragraph;
  start: number;
}
interface Table {
  index: number;
  row: number;
  column: number;
}
interface Alt {
  id: number;
  choice: number;
  fallback: number;
  in?: "choice" | "fallback";
}

/**
 * Reads every paragraph of one text part (document, header, footer, footnotes, endnotes) with the w:t
 * elements its text comes from, in the order the paragraphs end: a text box's paragraphs come before the
 * paragraph that anchors it.
 */
export function readParagraphs(xml: string, story: Story): Paragraph[] {
  const out: Paragraph[] = [];
  const paras: Open[] = [];
  const runs: { info: RunInfo; start: number }[] = [];
  const tables: Table[] = [];
  const alts: Alt[] = [];
  let tableCount = 0;
  let boxCount = 0;
  let paragraphCount = 0;
  let note = 0;
  let hidden = 0;
  let pPr = 0;
  const rPrStarts: number[] = [];
  let altCount = 0;
  let box = 0;
  let boxNumber = 0;
  let fallback = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const p = paras.at(-1)?.p;
    if (m[1] !== undefined) {
      if (!p || hidden > 0 || pPr + rPrStarts.length > 0) continue;
      const start = m.index + m[0].length - m[1].length - 6;
      const text = decodeXml(m[1]);
      const run = runs.at(-1)?.info ?? { open: "<w:r>", rPr: "", rPrStart: -1 };
      p.nodes.push({ tagStart: m.index, start, end: start + m[1].length, text, at: p.text.length, run });
      p.text += text;
      continue;
    }
    const close = m[2] === "/";
    const name = m[3]!;
    const empty = m[5] === "/";
    switch (name) {
      case "w:p":
        if (close) finish(paras.pop());
        else {
          const t = tables.at(-1);
          const alt = alts.at(-1);
          const place: Place = {
            story,
            ...(note ? { note } : {}),
            ...(t ? { table: t.index, row: t.row, column: t.column } : {}),
            ...(box ? { textBox: boxNumber } : {}),
          };
          const para: Paragraph = { text: "", nodes: [], place, fallback: fallback > 0, markRPr: "" };
          if (alt?.in) para.twin = `${alt.id}:${alt.in === "choice" ? alt.choice++ : alt.fallback++}`;
          if (empty) finish({ p: para, start: m.index });
          else paras.push({ p: para, start: m.index });
        }
        break;
      case "w:r":
        if (close) runs.pop();
        else if (!empty) runs.push({ info: { open: m[0], rPr: "", rPrStart: -1 }, start: m.index });
        break;
      case "w:pPr":
        if (!empty) pPr += close ? -1 : 1;
        break;
      case "w:rPr": {
        if (empty) break;
        if (!close) {
          rPrStarts.push(m.index);
          break;
        }
        const start = rPrStarts.pop()!;
        // Only the outermost rPr counts (one inside w:rPrChange is the old formatting).
        if (rPrStarts.length > 0) break;
        const rPr = xml.slice(start, m.index + m[0].length);
        const r = runs.at(-1);
        if (pPr > 0) {
          if (p) p.markRPr = rPr;
        } else if (r && r.info.rPr === "" && xml.slice(r.start + r.info.open.length, start).trim() === "") {
          r.info.rPr = rPr;
          r.info.rPrStart = start;
        }
        break;
      }
      case "w:pStyle":
        if (p && pPr > 0) p.pStyle = /w:val="([^"]*)"/.exec(m[4]!)?.[1];
        break;
      case "w:tbl":
        if (close) tables.pop();
        else if (!empty)
          tables.push({
            index: tables.length === 0 && box === 0 ? ++tableCount : (tables.at(-1)?.index ?? tableCount),
            row: 0,
            column: 0,
          });
        break;
      case "w:tr":
        if (!close && tables.length) {
          tables.at(-1)!.row++;
          tables.at(-1)!.column = 0;
        }
        break;
      case "w:tc":
        if (!close && tables.length) tables.at(-1)!.column++;
        break;
      case "w:txbxContent":
        if (empty) break;
        if (close) box--;
        else if (box++ === 0 && fallback === 0) boxNumber = ++boxCount;
        break;
      case "mc:AlternateContent":
        if (close) alts.pop();
        else if (!empty) alts.push({ id: ++altCount, choice: 0, fallback: 0 });
        break;
      case "mc:Choice":
        if (alts.length && !empty) alts.at(-1)!.in = close ? undefined : "choice";
        break;
      case "mc:Fallback":
        if (empty) break;
        fallback += close ? -1 : 1;
        if (alts.length) alts.at(-1)!.in = close ? undefined : "fallback";
        // The fallback's text box repeats the choice's number.
        if (!close && box === 0) boxNumber = boxCount;
        break;
      case "w:footnote":
      case "w:endnote":
        if (!close && !empty && !/w:type="(?:separator|continuationSeparator|continuationNotice)"/.test(m[4]!)) note++;
        break;
      default:
        if (HIDDEN.has(name)) {
          if (!empty) hidden += close ? -1 : 1;
        } else if (!close && p && hidden === 0 && pPr + rPrStarts.length === 0 && runs.length > 0 && name in MARKS) {
          p.text += MARKS[name];
        }
    }
  }
  return out;

  function finish(o: Open | undefined): void {
    if (!o) return;
    const { p } = o;
    if (
      story === "body" &&
      p.place.table === undefined &&
      p.place.textBox === undefined &&
      p.text.trim() !== "" &&
      !p.fallback
    ) {
      p.place.paragraph = ++paragraphCount;
    }
    out.push(p);
  }
}
