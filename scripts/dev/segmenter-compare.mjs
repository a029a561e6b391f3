// Issue 10: ICU's word segmenter (Node's Intl.Segmenter("zh")) against a jieba port, measured on the corpus.
// Runs `import`'s drafting (the built library, dist/) over every corpus template twice — once as shipped, once
// with Intl.Segmenter replaced by jieba (jieba-wasm, a WASM build of jieba-rs) — and prints every field label
// that differs, side by side, with counts. jieba is not a dependency of xfill: install it for this measurement
// only, outside the project or with `npm i --no-save jieba-wasm`.
//
//   npm run build && node scripts/dev/segmenter-compare.mjs
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { loadCorpus, ROOT } from "./corpus-lib.mjs";

const require = createRequire(join(process.env.JIEBA_FROM ?? ROOT, "package.json"));
let jieba;
try {
  jieba = require("jieba-wasm");
} catch {
  console.error("jieba-wasm is not installed: npm i --no-save jieba-wasm (or JIEBA_FROM=a folder that has it)");
  process.exit(2);
}

/** Intl.Segmenter's shape over jieba's cut (HMM on, as jieba's default). */
class JiebaSegmenter {
  segment(text) {
    let index = 0;
    return jieba.cut(text, true).map((segment) => {
      const s = { segment, index, input: text, isWordLike: /[\p{L}\p{N}]/u.test(segment) };
      index += segment.length;
      return s;
    });
  }
}

/** Every corpus template's field labels, drafted with the given segmenter (run in a child: words.js builds its
 * segmenter once, when it loads). */
async function labelsWith(which) {
  if (which === "jieba") Intl.Segmenter = JiebaSegmenter;
  const lib = await import(join(ROOT, "dist", "index.js"));
  const { parse } = await import("yaml");
  const out = {};
  for (const e of loadCorpus()) {
    const r = lib.draftTemplate(readFileSync(e.file, "utf8"), e.name);
    if (r.ok) out[e.name] = Object.values(parse(r.draft.fieldsYaml).fields).map((f) => f.label);
  }
  return out;
}

const child = process.argv.find((a) => a.startsWith("--child="))?.slice(8);
if (child) {
  process.stdout.write(JSON.stringify(await labelsWith(child)));
  process.exit(0);
}
const run = (which) => {
  const r = spawnSync(process.execPath, [import.meta.filename, `--child=${which}`], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};
const icu = run("icu");
const jb = run("jieba");
let total = 0;
let differ = 0;
for (const [name, a] of Object.entries(icu)) {
  const b = jb[name] ?? [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    total++;
    if (a[i] === b[i]) continue;
    differ++;
    console.log(`${name}\t${a[i] ?? "—"}\t${b[i] ?? "—"}`);
  }
}
console.log(`\nlabels: ${total}; same with both: ${total - differ}; differ: ${differ} (ICU left, jieba right)`);
