import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import YAML from "yaml";

/**
 * The bare loop xfill is measured against: parse each YAML file, fill the compiled Handlebars template,
 * write the file — no validation, no positions, no temp files. What someone would write in ten lines.
 */
export function baselineTxt(templateFile, files, outDir) {
  mkdirSync(outDir, { recursive: true });
  const fill = Handlebars.compile(readFileSync(templateFile, "utf8"), { noEscape: true });
  for (const file of files) {
    const data = YAML.parse(readFileSync(file, "utf8"));
    writeFileSync(join(outDir, basename(file).replace(/\.ya?ml$/, ".txt")), fill(data));
  }
}
