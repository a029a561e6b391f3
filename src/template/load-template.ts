import { existsSync } from "node:fs";
import type { Result } from "../diagnostics/result.js";
import { join } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";
import { LineCounter } from "../diagnostics/line-counter.js";
import { MAX_TEMPLATE_FILE_BYTES } from "../source/limits.js";
import { readTextFile } from "../source/read-text-file.js";
import { analyseTemplate } from "./analyse-template.js";
import { readCachedAnalysis } from "./analysis-cache.js";
import { builtinTemplateNames, builtinTemplatesDir, findTemplateDir } from "./find-template.js";
import type { Template } from "./template.js";
import { dotPrefixes } from "./dot-prefixes.js";
import type { Lang } from "../diagnostics/lang.js";

/** A loaded template, or why it could not be loaded (every problem of template.hbs and fields.yaml). */
export type LoadTemplateResult = Result<{ template: Template }>;

/** What the caller will do with the template. */
export interface LoadTemplateOptions {
  /** Whether it will render (default true). `check` and `init` say false and never load Handlebars' compiler. */
  render?: boolean;
  /** Language of the places in template.docx that problems are reported at (页眉 / header); Chinese by default. */
  lang?: Lang;
}

/**
 * Loads a template folder (built-in name or path) and checks it before any data is read: fields.yaml
 * valid, every slot defined, every field used, Handlebars syntax sound, no unknown helper or partial.
 */
export async function loadTemplate(nameOrPath: string, opts: LoadTemplateOptions = {}): Promise<LoadTemplateResult> {
  const dir = findTemplateDir(nameOrPath);
  if (!dir) {
    return {
      ok: false,
      diagnostics: [
        error("not-a-template", { params: { name: nameOrPath, builtins: builtinTemplateNames().join("、") } }),
      ],
    };
  }
  const templateFile = join(dir, "template.hbs");
  const fieldsFile = join(dir, "fields.yaml");
  const builtin = join(builtinTemplatesDir(), nameOrPath) === dir;
  // Both files are resolved through any link and must be regular files inside the folder: a template that
  // travelled from elsewhere cannot pull /etc/passwd (or a FIFO, or /dev/zero) into a document or a message.
  // Nor may they have a second name (a hard link); built-in ones may, as package managers such as pnpm link them.
  const [tpl, flds] = await Promise.all([
    readTextFile("template.hbs", MAX_TEMPLATE_FILE_BYTES, dir, !builtin),
    readTextFile("fields.yaml", MAX_TEMPLATE_FILE_BYTES, dir, !builtin),
  ]);
  if (!tpl.ok) return { ok: false, diagnostics: tpl.diagnostics };
  if (!flds.ok) return { ok: false, diagnostics: flds.diagnostics };
  const text = tpl.file.text;

  const wordFile = join(dir, "template.docx");
  const hasWord = existsSync(wordFile);
  // template.docx is read and prepared once, here: its slots count as uses and each must be a field, as
  // template.hbs's; render fills the prepared file. The Word code (zip, XML) loads only for such a template.
  const word = hasWord ? await (await import("./word-slots.js")).readWordSlots(dir, opts.lang ?? "zh") : undefined;
  if (word && word.diagnostics.length > 0) return { ok: false, diagnostics: word.diagnostics };
  let analysis = builtin && !hasWord ? readCachedAnalysis(nameOrPath, text, flds.file.text) : undefined;
  let diagnostics: Diagnostic[] = [];
  if (!analysis) {
    ({ analysis, diagnostics } = await analyseTemplate(
      text,
      flds.file.text,
      templateFile,
      fieldsFile,
      word && { file: wordFile, slots: word.slots },
    ));
    if (!analysis) return { ok: false, diagnostics };
  }
  const { fields, slots } = analysis;
  // Handlebars' compiler is loaded only when the template will be filled, and compiled on first use.
  const handlebars = opts.render === false ? undefined : (await import("handlebars")).default;
  let compiled: HandlebarsTemplateDelegate | undefined;
  const fill = (context: object) => {
    if (!handlebars) throw new Error("loadTemplate: this template was loaded with { render: false }");
    // Helpers and partials were refused when the template was analysed, so this cannot fail on them.
    compiled ??= handlebars.create().compile(text, { strict: true, noEscape: true, knownHelpersOnly: true });
    return compiled(context, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
      helpers: {},
      partials: {},
    });
  };
  const template: Template = {
    name: nameOrPath,
    dir,
    templateFile,
    fieldsFile,
    ...(word?.word ? { wordFile, word: word.word } : {}),
    title: fields.title,
    description: fields.description,
    text,
    lines: new LineCounter(text),
    fields: fields.fields,
    byKey: new Map(fields.fields.map((f) => [f.key, f])),
    groups: new Set(fields.fields.flatMap((f) => dotPrefixes(f.key))),
    sections: fields.sections,
    slots,
    fill,
  };
  return { ok: true, template, diagnostics };
}
