import { EXIT, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import { dataJsonSchema, type Lang } from "../../index.js";

/** `xfill schema TEMPLATE`: the JSON Schema of the data file, for editors that complete and check YAML. */
export async function runSchema(io: CliIO, lang: Lang, templateName: string): Promise<number> {
  const template = await loadTemplateOrReport(io, templateName, lang, false);
  if (!template) return EXIT.usage;
  io.stdout(JSON.stringify(dataJsonSchema(template), null, 2) + "\n");
  return EXIT.ok;
}
