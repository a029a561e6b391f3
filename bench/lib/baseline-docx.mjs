import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import YAML from "yaml";

/** Nested YAML data as the dotted keys the template's tags use: { review: { economy: { x: 1 } } } → { "review.economy.x": 1 }. */
function flatten(obj, prefix = "", out = {}) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === "object") flatten(v, key, out);
    else out[key] = v ?? "";
  }
  return out;
}

/** docxtemplater filling the equivalent .docx template for each data file, the usual way: one PizZip and one Docxtemplater per document. */
export function baselineDocx(templateBytes, files, outDir) {
  mkdirSync(outDir, { recursive: true });
  const options = {
    delimiters: { start: "{", end: "}" },
    paragraphLoop: true,
    parser: (tag) => ({ get: (scope) => scope[tag] }),
  };
  for (const file of files) {
    const data = flatten(YAML.parse(readFileSync(file, "utf8")));
    const doc = new Docxtemplater(new PizZip(templateBytes), options);
    doc.render(data);
    const bytes = doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
    writeFileSync(join(outDir, basename(file).replace(/\.ya?ml$/, ".docx")), bytes);
  }
}
