// Batch throughput, docx: xfill batch against docxtemplater filling an equivalent template, same data files.
import { readFileSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { encodeDocument } from "../dist/index.js";
import { baselineDocx } from "./lib/baseline-docx.mjs";
import { docxTemplateFor } from "./lib/docx-template.mjs";
import { interleaved } from "./lib/measure.mjs";
import { printRateTable } from "./lib/table.mjs";
import { xfillCli, xfillInProcess } from "./batch-txt.mjs";

/** Whether this build can write Word at all (the docx writer may not have landed yet). */
async function docxAvailable() {
  try {
    await encodeDocument("标题\n\n正文。\n", "docx", {});
    return true;
  } catch (e) {
    return String(e?.message ?? e);
  }
}

export async function batchDocx(fx, { rounds = 3 } = {}) {
  const available = await docxAvailable();
  if (available !== true) {
    console.log(`\nBatch to docx: SKIPPED — this build cannot write .docx yet (${available}).`);
    return { skipped: available };
  }
  const templateBytes = docxTemplateFor(readFileSync(join(fx.template.dir, "template.hbs"), "utf8"));
  let out;
  const { ms, cpuMs } = await interleaved(
    {
      "docxtemplater (one per document, 1 thread)": () => baselineDocx(templateBytes, fx.files, out),
      "xfill batch --format docx, library API, 1 thread": () => xfillInProcess(fx.files, out, "docx", 1),
      [`xfill batch --format docx, library API, ${availableParallelism()} threads`]: () =>
        xfillInProcess(fx.files, out, "docx"),
      [`xfill batch --format docx, CLI end to end (default --jobs ${availableParallelism()})`]: () =>
        xfillCli(fx.dataDir, out, "docx"),
    },
    rounds,
    async (name) => void (out = fx.freshOut("docx" + name.length)),
  );
  const written = readdirSync(out).filter((f) => f.endsWith(".docx")).length;
  if (written !== fx.files.length) throw new Error(`expected ${fx.files.length} documents, found ${written}`);
  const title = `Batch to docx: ${fx.files.length} data files, median of ${rounds} interleaved rounds, ${availableParallelism()} CPUs`;
  return printRateTable(title, fx.files.length, ms, cpuMs, rounds);
}
