#!/usr/bin/env node
// How many .docx a second renderDocx writes on one core, for one speech in a loop: a quick check of
// the layout-once design, not the benchmark (that one runs batch against docxtemplater).
// Usage: node scripts/dev/docx-rate.mjs [SPEECH.txt] [N]   (defaults: the test fixture, 500)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSource, root } from "./load-source.mjs";

const file = process.argv[2] ?? join(root, "test/render-formats/fixtures/speech.txt");
const n = Number(process.argv[3] ?? 500);
const text = readFileSync(file, "utf8");
const { renderDocx } = await loadSource("src/render/formats/docx.ts");
let t = performance.now();
await renderDocx(text, { county: "青川" });
const first = performance.now() - t;
t = performance.now();
let bytes = 0;
// A different county each time, so that nothing can be reused from the previous document.
for (let i = 0; i < n; i++)
  bytes += (await renderDocx(text.replaceAll("青川", `青川${i}`), { county: `青川${i}` })).length;
const ms = performance.now() - t;
console.log(`first document (builds the layout): ${first.toFixed(0)} ms`);
console.log(
  `${n} documents: ${ms.toFixed(0)} ms, ${((n / ms) * 1000).toFixed(0)} docs/s, ${(bytes / n / 1024).toFixed(1)} KiB each`,
);
