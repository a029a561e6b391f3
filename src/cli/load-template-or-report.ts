import { printDiagnostics, type CliIO } from "./io.js";
import { loadTemplate, type Lang, type Template } from "../index.js";

/** Loads a template for a command, printing what is wrong with it; undefined means exit 2. */
export async function loadTemplateOrReport(
  io: CliIO,
  name: string,
  lang: Lang,
  render = true,
): Promise<Template | undefined> {
  const loaded = await loadTemplate(name, { render, lang });
  printDiagnostics(io, loaded.diagnostics, lang);
  return loaded.ok ? loaded.template : undefined;
}
