import { documentLabel } from "../data/document-info.js";
import { sectionOf } from "../template/section-of.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatMessage } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import { slotContext, slotsByKey } from "../template/slot-context.js";
import type { Template } from "../template/template.js";
import type { CheckResult } from "./check-data.js";

/** One entry of `check --json`, per the design: key, label, file, line, column, message, and more. */
export interface CheckJsonEntry {
  key: string;
  label: string;
  file: string;
  line: number;
  column: number;
  /** Characters the problem spans at line:column. */
  length?: number;
  code: string;
  message: string;
  section?: string;
  found?: string;
  suggestion?: string;
  /** The sentence of the speech the field fills (blank form, slot marked ［X］). */
  context?: string;
  /** How many times the field appears in the speech. */
  uses?: number;
}

/** The `check --json` document for a data-file check. */
export interface CheckJson {
  complete: boolean;
  template: string;
  data: string;
  total: number;
  filled: number;
  unfilled: CheckJsonEntry[];
  invalid: CheckJsonEntry[];
  unknown: CheckJsonEntry[];
  errors: CheckJsonEntry[];
  /** Notes that do not decide completeness, e.g. that the file is empty. */
  warnings: CheckJsonEntry[];
}

/** Builds the JSON form of a check result, messages in the given language. */
export function checkToJson(template: Template, dataPath: string, result: CheckResult, lang: Lang): CheckJson {
  const uses = slotsByKey(template);
  const entry = (d: Diagnostic): CheckJsonEntry => {
    const slots = d.key ? uses.get(d.key) : undefined;
    const field = d.key ? template.byKey.get(d.key) : undefined;
    return {
      key: d.key ?? "",
      label: d.label ?? documentLabel(d.key, lang) ?? d.key ?? "",
      file: d.file ?? dataPath,
      line: d.line ?? 1,
      column: d.column ?? 1,
      ...(d.length ? { length: d.length } : {}),
      code: d.code,
      message: formatMessage(d, lang),
      ...(field ? { section: sectionOf(template, field.key) } : {}),
      ...(typeof d.params?.found === "string" ? { found: d.params.found } : {}),
      ...(typeof d.params?.suggestion === "string" ? { suggestion: d.params.suggestion } : {}),
      ...(slots?.[0] ? { context: slotContext(template, slots[0]), uses: slots.length } : {}),
    };
  };
  return {
    complete: result.complete,
    template: template.name,
    data: dataPath,
    total: template.fields.length,
    filled: result.fields.filter((f) => f.status === "filled").length,
    unfilled: result.unfilled.map(entry),
    invalid: result.invalid.map(entry),
    unknown: result.unknown.map(entry),
    errors: result.errors.map(entry),
    warnings: result.warnings.map(entry),
  };
}
