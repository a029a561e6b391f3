import type { Lang } from "../diagnostics/lang.js";
import { message } from "../diagnostics/format-message.js";
import { sectionOf } from "../template/section-of.js";
import { isDocumentKey } from "./document-info.js";
import type { FieldDef } from "../template/field-def.js";
import { slotContext, slotsByKey } from "../template/slot-context.js";
import type { Slot } from "../template/slots.js";
import type { Template } from "../template/template.js";

/**
 * The commented data-file skeleton `xfill init` writes: every field with an empty value, nested by key,
 * in the order the speech first uses them, each under a comment with its label, unit, example and the
 * sentence it sits in (and how many times it is used), then any `notes` for it (extract's reasons).
 */
export function buildSkeleton(template: Template, lang: Lang, notes?: ReadonlyMap<string, readonly string[]>): string {
  const uses = slotsByKey(template);
  const fields = fieldsInSpeechOrder(template);

  const out: string[] = [
    message("skeleton-header", lang, {
      template: oneLine(template.name),
      title: oneLine(template.title ?? template.name),
    }).trimEnd(),
    "",
  ];
  let open: string[] = [];
  let lastSection = "";
  for (const f of fields) {
    const parts = f.key.split(".");
    const section = sectionOf(template, f.key);
    if (section !== lastSection && parts.length === 1) out.push("");
    if (parts[0] !== open[0]) out.push("");
    // Close and open mappings so that a.b.c sits under a: and b:.
    let common = 0;
    while (common < open.length && common < parts.length - 1 && open[common] === parts[common]) common++;
    open = open.slice(0, common);
    for (let i = common; i < parts.length - 1; i++) {
      const group = parts.slice(0, i + 1).join(".");
      const heading = Object.hasOwn(template.sections, group) ? oneLine(template.sections[group]!) : "";
      // A key that is its heading's own words (an imported template's Chinese keys) needs no comment saying it again.
      const comment = heading && heading !== parts[i] ? `  # ${heading}` : "";
      out.push(`${"  ".repeat(i)}${parts[i]}:${comment}`);
      open.push(parts[i]!);
    }
    const indent = "  ".repeat(parts.length - 1);
    // Every line of a label, help, note or sentence stays inside its comment: a newline in fields.yaml must not
    // break out of the # and put text of its own into the data file (or make it unloadable).
    for (const text of [...fieldComments(template, f, lang, uses.get(f.key)), ...(notes?.get(f.key) ?? [])]) {
      for (const line of text.split(LINE_BREAK)) out.push(`${indent}# ${line}`);
    }
    out.push(`${indent}${parts[parts.length - 1]}:`);
    lastSection = section;
  }
  if (isDocumentKey(template, "document.date")) out.push("", message("skeleton-document", lang).trimEnd());
  return out.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

/** Every line break YAML (and an editor) would honour. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

function oneLine(text: string): string {
  return text.split(LINE_BREAK).join(" ");
}

/**
 * The order a data file lists fields in: groups in order of their first use in the speech, fields inside a
 * group in order of first use too.
 */
export function fieldsInSpeechOrder(template: Template): FieldDef[] {
  const uses = slotsByKey(template);
  const firstUse = (f: FieldDef) => uses.get(f.key)?.[0]?.offset ?? Number.MAX_SAFE_INTEGER;
  const fields = [...template.fields].sort((a, b) => firstUse(a) - firstUse(b));
  // A map, not indexOf on a list: a 10,000-field template made that sort quadratic.
  const sectionOrder = new Map<string, number>();
  for (const f of fields) {
    const s = f.key.split(".")[0]!;
    if (!sectionOrder.has(s)) sectionOrder.set(s, sectionOrder.size);
  }
  const rank = (f: FieldDef) => sectionOrder.get(f.key.split(".")[0]!)!;
  return fields.sort((a, b) => rank(a) - rank(b));
}

/** The comment lines above a field in the skeleton (without "#"): label, unit, example, help, the sentence. */
export function fieldComments(
  template: Template,
  f: FieldDef,
  lang: Lang,
  slots: readonly Slot[] = slotsByKey(template).get(f.key) ?? [],
): string[] {
  const unit = f.unit ? message("skeleton-unit", lang, { unit: f.unit }) : "";
  const example = f.example !== undefined ? message("skeleton-example", lang, { example: String(f.example) }) : "";
  const lines = [`${f.label}${unit}${example}`];
  if (f.help) lines.push(f.help);
  if (slots[0]) {
    lines.push(
      message(slots.length > 1 ? "skeleton-context-many" : "skeleton-context", lang, {
        context: slotContext(template, slots[0]),
        uses: slots.length,
      }),
    );
  }
  return lines;
}
