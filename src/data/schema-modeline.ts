import { basename, dirname, relative, sep } from "node:path";

const MODELINE = /^# yaml-language-server: \$schema=.*(\r?\n|$)/;

/**
 * Points a data file at its JSON Schema for editors: `# yaml-language-server: $schema=./x.schema.json` as the
 * first line (the YAML extension of VS Code reads it: key completion, the Chinese label on hover, wrong values
 * underlined). A modeline already there is replaced; the path is relative to the data file, in / form.
 */
export function withSchemaModeline(text: string, dataPath: string, schemaPath: string): string {
  let rel = relative(dirname(dataPath), schemaPath).split(sep).join("/");
  if (!rel.startsWith(".")) rel = `./${rel}`;
  return `# yaml-language-server: $schema=${rel}\n${text.replace(MODELINE, "")}`;
}

/** Where init puts the schema by default: beside the data file, named after the template's folder. */
export function defaultSchemaPath(dataPath: string, templateDir: string): string {
  const name = basename(templateDir) || "xfill";
  return `${dirname(dataPath)}${sep}${name}.schema.json`;
}
