// The Word corpus (test/corpus/docx/, made by scripts/dev/corpus-docx.mjs): every hand label sits on its
// blank, read from the package's XML here with a reader of its own (not xfill's), and every blank is labelled.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CORPUS } from "../../scripts/dev/corpus-lib.mjs";
import { xfill } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const DIR = join(CORPUS, "docx");
const files = readdirSync(DIR).filter((f) => f.endsWith(".docx")).sort();

const decode = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const paraText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join("");

/** Every place of a Word file as a person names it ("段3", "表1 第2行第3列") with its text, per part. */
function places(bytes: Uint8Array): Map<string, string> {
  const zip = unzipSync(bytes);
  const out = new Map<string, string>();
  const part = (name: string) => strFromU8(zip[name] ?? new Uint8Array());
  const firstOf = (prefix: string) => Object.keys(zip).find((k) => k.startsWith(`word/${prefix}`) && k.endsWith(".xml"));
  for (const [label, name] of [["header", firstOf("header")], ["footer", firstOf("footer")]] as const) {
    if (!name) continue;
    [...part(name).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].forEach((m, i) => out.set(`${label} 段${i + 1}`, paraText(m[0])));
  }
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(part("word/document.xml"))?.[1] ?? "";
  let p = 0;
  let t = 0;
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    if (!m[0].startsWith("<w:tbl>")) {
      out.set(`document 段${++p}`, paraText(m[0]));
      continue;
    }
    t++;
    [...m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].forEach((row, r) => {
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].forEach((cell, c) => {
        out.set(`document 表${t} 第${r + 1}行第${c + 1}列`, paraText(cell[0]));
      });
    });
  }
  return out;
}

describe.each(files.map((f) => [f] as const))("Word corpus %s", (file) => {
  const bytes = new Uint8Array(readFileSync(join(DIR, file)));
  const rows = readFileSync(join(DIR, file.replace(/\.docx$/, ".labels.tsv")), "utf8").trim().split("\n").slice(1);
  const labels = rows.map((r) => {
    const [part, place, column, text, kind] = r.split("\t");
    return { where: `${part} ${place}`, column: Number(column), text: text!, kind: kind! };
  });
  const texts = places(bytes);

  it("has a header, a footer and a table with blanks, each labelled with a kind", () => {
    for (const part of ["header", "footer", "document 表1"]) expect(labels.some((l) => l.where.startsWith(part)), part).toBe(true);
    for (const l of labels) expect(["county", "place", "person", "name", "count", "amount", "percent", "rank", "date", "ordinal"]).toContain(l.kind);
  });

  it("every label sits on its blank, and every blank is labelled", () => {
    const wrong = labels.filter((l) => [...(texts.get(l.where) ?? "")].slice(l.column - 1, l.column - 1 + [...l.text].length).join("") !== l.text);
    expect(wrong).toEqual([]);
    const unlabelled: string[] = [];
    for (const [where, text] of texts) {
      for (const m of text.matchAll(/(?<![A-Za-z])[XxＸ]+(?![A-Za-z])/g)) {
        const col = [...text.slice(0, m.index)].length + 1;
        const covered = labels.some((l) => l.where === where && l.column <= col && col < l.column + [...l.text].length);
        if (!covered) unlabelled.push(`${where}:${col} ${m[0]}`);
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it("scan reads it (exit 0)", () => {
    const r = xfill(["scan", join(DIR, file), "--json"]);
    expect(r.code, r.stderr).toBe(0);
  });

  // Found in the issue-10 trial on 21's Word file: XX.X under 增幅（%） was an amount with no unit.
  it("scan finds every blank of a table, header and footer at its place, with the kind its label says", () => {
    const r = xfill(["scan", join(DIR, file), "--json"]);
    const found = (JSON.parse(r.stdout) as { placeholders: { place: string; text: string; kind: string }[] }).placeholders;
    const placeOf = (where: string) =>
      where.startsWith("header") ? "页眉" : where.startsWith("footer") ? "页脚" : where.replace(/^document /, "");
    const wordParts = labels.filter((l) => !/^document 段/.test(l.where));
    const got = wordParts.map((l) => {
      const p = found.find((f) => f.place === placeOf(l.where) && f.text === l.text);
      return `${l.where} ${l.text} ${p?.kind ?? "missing"}`;
    });
    expect(got).toEqual(wordParts.map((l) => `${l.where} ${l.text} ${l.kind}`));
  });

  // Found in the issue-10 trial: import took the Word file's paragraphs and cells for a PDF's cut lines and
  // joined them (XXXXXX and XX.X of one row became one blank XXXXXXXX.X).
  it("import keeps every blank its own slot and joins no paragraph or cell", () => {
    const r = xfill(["import", join(DIR, file), "-o", join(tempDir("xfill-docx-import-"), "t")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/接回段落/);
    expect(/(\d+) 处空白/.exec(r.stderr)?.[1]).toBe(String(labels.length));
  });
});
