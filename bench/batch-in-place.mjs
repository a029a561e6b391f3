// Filling the clerk's own Word file in place: the seed speech as Word saves it (bench/fixtures/seed-speech.docx,
// ~100 blanks split over runs, spell-check marks, bookmarks, a hyperlink, a header and a footer) imported,
// then filled for N counties — against docxtemplater filling the same document with each slot written {key}.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { buildSkeleton, ensureOutDir, loadTemplate, renderBatch } from "../dist/index.js";
import { baselineDocx } from "./lib/baseline-docx.mjs";
import { generateCounties } from "./lib/generate-counties.mjs";
import { interleaved } from "./lib/measure.mjs";
import { printRateTable } from "./lib/table.mjs";

const SEED_DOCX = join(import.meta.dirname, "fixtures", "seed-speech.docx");
const BIN = join(import.meta.dirname, "..", "dist", "bin", "xfill.js");

/** template.docx with every {{key}} slot written as a docxtemplater tag {key}: the same document, the same runs. */
function taggedForDocxtemplater(templateDocx) {
  const zip = new PizZip(templateDocx);
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name)) continue;
    zip.file(
      name,
      zip
        .file(name)
        .asText()
        .replace(/\{\{([^{}]+)\}\}/g, "{$1}"),
    );
  }
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function batchInPlace({ count = 1000, rounds = 3 } = {}) {
  const root = mkdtempSync(join(tmpdir(), "xfill-bench-inplace-"));
  try {
    const tplDir = join(root, "tpl");
    const imported = spawnSync(process.execPath, [BIN, "import", SEED_DOCX, "-o", tplDir], { encoding: "utf8" });
    if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`);
    const loaded = await loadTemplate(tplDir);
    if (!loaded.ok) throw new Error("imported template does not load");
    const { template } = loaded;
    const dataDir = join(root, "data");
    const files = generateCounties(dataDir, template, buildSkeleton(template, "zh"), count).map((f) =>
      join(dataDir, f),
    );
    const tagged = taggedForDocxtemplater(readFileSync(join(tplDir, "template.docx")));
    let out;
    let n = 0;
    const xfill = async (jobs) => {
      const problem = await ensureOutDir(out);
      if (problem) throw new Error(problem.code);
      const result = await renderBatch(template, files, { outDir: out, format: "docx", jobs });
      if (result.failed > 0)
        throw new Error(
          `${result.failed} files failed: ${JSON.stringify(result.items.find((i) => i.status !== "rendered"))}`,
        );
    };
    const { ms, cpuMs } = await interleaved(
      {
        "docxtemplater, same document tagged {key} (1 thread)": () => baselineDocx(tagged, files, out),
        "xfill batch, template.docx filled in place, 1 thread": () => xfill(1),
        [`xfill batch, template.docx filled in place, ${availableParallelism()} threads`]: () =>
          xfill(availableParallelism()),
      },
      rounds,
      async () => {
        if (out) rmSync(out, { recursive: true, force: true });
        out = join(root, `out-${n++}`);
        mkdirSync(out);
      },
    );
    const written = readdirSync(out).filter((f) => f.endsWith(".docx")).length;
    if (written !== files.length) throw new Error(`expected ${files.length} documents, found ${written}`);
    const title =
      `Word original filled in place: seed .docx (${template.fields.length} fields), ` +
      `${files.length} counties, median of ${rounds} interleaved rounds`;
    return printRateTable(title, files.length, ms, cpuMs, rounds);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
