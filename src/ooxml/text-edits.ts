import type { Paragraph, TextNode } from "./paragraphs.js";
import { escapeXml } from "./xml-text.js";

/** A change to one w:t element: its text from `from` to `to` replaced by text, or by raw XML that splits the run. */
export interface NodeEdit {
  node: TextNode;
  from: number;
  to: number;
  text?: string;
  xml?: string;
}

/** The part of a paragraph's text that one w:t holds, for a range of the paragraph's text. */
export interface Segment {
  node: TextNode;
  from: number;
  to: number;
}

/** The w:t pieces a range of a paragraph's text is made of, in order (tabs and breaks belong to none). */
export function segmentsOf(p: Paragraph, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  for (const node of p.nodes) {
    const a = Math.max(start, node.at);
    const b = Math.min(end, node.at + node.text.length);
    if (a < b || (a === b && start === end && a === node.at)) out.push({ node, from: a - node.at, to: b - node.at });
  }
  return out;
}

/**
 * Edits that put `first` where a range begins and remove the rest of it from every other w:t it spans, so
 * the text takes the formatting of the run the range starts in and no run is added or dropped.
 */
export function replaceRange(
  p: Paragraph,
  start: number,
  end: number,
  first: Omit<NodeEdit, "node" | "from" | "to">,
): NodeEdit[] {
  return segmentsOf(p, start, end).map((s, i) => (i === 0 ? { ...s, ...first } : { ...s, text: "" }));
}

/**
 * Applies edits to a part's XML: only the content of the w:t elements edited changes (and their opening
 * tag gains xml:space="preserve" when the new text needs it); every other byte stays as it was.
 */
export function applyEdits(xml: string, edits: readonly NodeEdit[], splices: readonly Splice[] = []): string {
  const byNode = new Map<TextNode, NodeEdit[]>();
  for (const e of edits) {
    const list = byNode.get(e.node);
    if (list) list.push(e);
    else byNode.set(e.node, [e]);
  }
  const nodes = [...byNode.keys()];
  const all: Splice[] = [...splices];
  for (const node of nodes) {
    const list = byNode.get(node)!.sort((a, b) => a.from - b.from);
    let lead = "";
    let rest = "";
    let split = false;
    let pos = 0;
    const add = (s: string) => {
      if (split) rest += s;
      else lead += s;
    };
    for (const e of list) {
      add(escapeXml(node.text.slice(pos, e.from)));
      if (e.xml !== undefined) {
        add(e.xml);
        split = true;
      } else add(escapeXml(e.text ?? ""));
      pos = Math.max(pos, e.to);
    }
    add(escapeXml(node.text.slice(pos)));
    const open = xml.slice(node.tagStart, node.start);
    const leadText = split ? lead.slice(0, lead.indexOf("<")) : lead;
    const needsPreserve = !/xml:space=/.test(open) && /^\s|\s$/.test(leadText);
    if (needsPreserve)
      all.push({ start: node.tagStart, end: node.start, xml: open.replace(/>$/, ' xml:space="preserve">') });
    all.push({ start: node.start, end: node.end, xml: lead + rest });
  }
  all.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of all) {
    out += xml.slice(at, s.start) + s.xml;
    at = s.end;
  }
  return out + xml.slice(at);
}

/** A range of a part's XML replaced as it is (a run's properties given an East Asian font). */
export interface Splice {
  start: number;
  end: number;
  xml: string;
}
