// Analyses each built-in template once at build time and writes dist/template-cache/<name>.json, so that
// `xfill check` does not parse the built-in fields.yaml and template.hbs on every run (see analysis-cache.ts).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyseTemplate } from "../../dist/template/analyse-template.js";
import { cacheFile, serialiseAnalysis } from "../../dist/template/analysis-cache.js";
import { builtinTemplateNames, builtinTemplatesDir } from "../../dist/template/find-template.js";

for (const name of builtinTemplateNames()) {
  const dir = join(builtinTemplatesDir(), name);
  const text = readFileSync(join(dir, "template.hbs"), "utf8");
  const fields = readFileSync(join(dir, "fields.yaml"), "utf8");
  const { analysis, diagnostics } = await analyseTemplate(
    text,
    fields,
    join(dir, "template.hbs"),
    join(dir, "fields.yaml"),
  );
  if (!analysis) {
    console.error(`built-in template ${name} does not load:`, diagnostics);
    process.exit(1);
  }
  mkdirSync(join(cacheFile(name), ".."), { recursive: true });
  writeFileSync(cacheFile(name), serialiseAnalysis(text, fields, analysis));
}
