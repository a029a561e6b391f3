#!/usr/bin/env node
// Renders a speech text file to .docx straight from the TypeScript sources, so the layout can be
// previewed (scripts/dev/preview-docx.sh) and checked without building the package.
// Usage: node scripts/dev/render-docx.mjs SPEECH.txt OUT.docx [--county 青川] [--speaker 张三] [--date 2020年7月15日] [--title T]
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadSource } from "./load-source.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    county: { type: "string" },
    speaker: { type: "string" },
    date: { type: "string" },
    title: { type: "string" },
  },
});
const [input, output] = positionals;
if (!input || !output) {
  console.error(
    "usage: node scripts/dev/render-docx.mjs SPEECH.txt OUT.docx [--county C] [--speaker S] [--date D] [--title T]",
  );
  process.exit(2);
}
const { renderDocx } = await loadSource("src/render/formats/docx.ts");
writeFileSync(output, await renderDocx(readFileSync(input, "utf8"), values));
