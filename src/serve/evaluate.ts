import { checkData, type FieldStatus } from "../check/check-data.js";
import type { DataEntry, DataFile } from "../data/data-file.js";
import { formatMessage } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import { renderText } from "../render/render-text.js";
import type { Template } from "../template/template.js";

/** The form's values: each field's key and the text in its input, exactly as typed. */
export type FormValues = Record<string, string>;

/** How one field stands, as the page shows it. */
export interface FieldState {
  key: string;
  status: FieldStatus["status"];
  /** check's sentence for an unfilled or invalid field. */
  message?: string;
  /** What the speech will print for a filled field (an ordinal's Chinese numeral, a date as 3月15日). */
  shown?: string;
}

/** A piece of the preview: plain speech text, or a field's slot with what it prints. */
export type PreviewPart = string | { key: string; status: FieldStatus["status"]; text: string };

/** Everything the page needs after an edit: each field's state, the counts and the preview. */
export interface Evaluation {
  fields: FieldState[];
  filled: number;
  total: number;
  complete: boolean;
  preview: PreviewPart[];
}

const OPEN = "\uE000";
const MID = "\uE001";
const CLOSE = "\uE002";
const MARKS = /[\uE000-\uE002]/g;

/**
 * Checks the form's values by exactly the rules of `check` (the values are given to checkData as a data
 * file would give them: the scalar's text) and renders the draft speech with each slot marked, so the
 * page can highlight filled values and link each 【待填：…】 to its field.
 */
export function evaluateValues(template: Template, values: FormValues, lang: Lang): Evaluation {
  const data = dataFromValues(template, values);
  const result = checkData(template, data);
  const fields = result.fields.map((s): FieldState => {
    const state: FieldState = { key: s.field.key, status: s.status };
    if (s.status === "filled") state.shown = s.text;
    else if (s.diagnostic) state.message = formatMessage(s.diagnostic, lang);
    return state;
  });
  const marked = result.fields.map((s): FieldStatus => {
    const shown = s.status === "filled" && s.text !== undefined ? s.text : `【待填：${s.field.label}】`;
    return {
      ...s,
      status: "filled",
      text: `${OPEN}${s.status[0]}${s.field.key}${MID}${shown.replace(MARKS, "")}${CLOSE}`,
    };
  });
  const filled = fields.filter((f) => f.status === "filled").length;
  return {
    fields,
    filled,
    total: fields.length,
    complete: filled === fields.length,
    preview: splitMarks(renderText(template, marked, "draft")),
  };
}

/** A data file holding exactly the form's values, as loadData would have read them from YAML. */
function dataFromValues(template: Template, values: FormValues): DataFile {
  const entries = new Map<string, DataEntry>();
  const at = { line: 1, column: 1, length: 1 };
  for (const f of template.fields) {
    const v = values[f.key];
    if (typeof v === "string" && v !== "")
      entries.set(f.key, { key: f.key, type: "scalar", source: v, keyPlace: at, valuePlace: at });
  }
  return { path: "", text: "", entries, sections: new Map(), broken: false, diagnostics: [] };
}

const STATUS: Record<string, FieldStatus["status"]> = { f: "filled", u: "unfilled", i: "invalid" };

function splitMarks(text: string): PreviewPart[] {
  const parts: PreviewPart[] = [];
  const re = new RegExp(`${OPEN}([fui])([^${MID}]*)${MID}([^${CLOSE}]*)${CLOSE}`, "g");
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ key: m[2]!, status: STATUS[m[1]!]!, text: m[3]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
