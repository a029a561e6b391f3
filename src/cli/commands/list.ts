import { EXIT, type CliIO } from "../io.js";
import { builtinTemplateNames, loadTemplate, message, type Lang } from "../../index.js";

/** `xfill list`: the built-in templates, each with its title and number of fields. */
export async function runList(io: CliIO, lang: Lang, json: boolean): Promise<number> {
  const rows = [];
  for (const name of builtinTemplateNames()) {
    const t = await loadTemplate(name, { render: false });
    rows.push({
      name,
      title: t.ok ? (t.template.title ?? "") : "",
      fields: t.ok ? t.template.fields.length : 0,
      slots: t.ok ? t.template.slots.length : 0,
    });
  }
  if (json) io.stdout(JSON.stringify(rows, null, 2) + "\n");
  else
    for (const r of rows)
      io.stdout(`${r.name}  ${r.title}  ${message("list-fields", lang, { fields: r.fields, slots: r.slots })}\n`);
  return EXIT.ok;
}
