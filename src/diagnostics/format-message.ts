import type { Diagnostic } from "./diagnostic.js";
import { describeNode, expectedFor, type NodeShape } from "./expected.js";
import { visibleControls } from "../kinds/control-chars.js";
import { isKind, KIND_LABELS_ZH, KINDS } from "../kinds/kind-names.js";
import type { Lang } from "./lang.js";
import type { MessageCode, MessageTable, UiTextCode, UiTextTable } from "./message-table.js";
import { en } from "./messages-en.js";
import { zh } from "./messages-zh.js";
import { uiEn } from "./ui-text-en.js";
import { uiZh } from "./ui-text-zh.js";

const TABLES: Record<Lang, MessageTable> = { zh, en };
/** Interface words of a language. Their codes never overlap the diagnostics' (a test checks). */
const UI: Record<Lang, UiTextTable> = { zh: uiZh, en: uiEn };

/** Values a message's `{name}` slots are filled from. */
export type MessageParams = Record<string, string | number | undefined>;

/** The sentence a user reads for a diagnostic, in their language (its place is the reporter's to add). */
export function formatMessage(d: Diagnostic, lang: Lang): string {
  const table = TABLES[lang];
  const params: MessageParams = { key: d.key, label: d.label ?? d.key, ...d.params };
  if (params.expected === undefined && isKind(params.kind)) params.expected = expectedFor(params.kind, lang);
  // A suggestion is a sentence of its own, shown only when there is one.
  if (d.code === "unknown-key" || d.code === "template-unknown-slot") {
    params.suggestion = params.suggestion ? fill(table["unknown-key-suggestion"], params) : "";
  }
  // A bad kind: every kind a field may have, each with the name a clerk knows it by (amount（数额）).
  if (d.code === "template-bad-kind")
    params.expected = KINDS.map((k) => `${k}（${KIND_LABELS_ZH[k]}）`).join(lang === "zh" ? "、" : ", ");
  // A date blank refused for a missing part: the parts its shape prints, with an example in that shape.
  if (d.code === "date-missing-part" && typeof params.parts === "string" && `date-needs-${params.parts}` in table) {
    params.example = params.sep ? ["2023", "3", "15"].join(String(params.sep)) : "2023年3月15日";
    params.expected = fill(table[`date-needs-${params.parts}` as MessageCode], params);
  }
  if (typeof params.shape === "string") params.shape = describeNode(params.shape as NodeShape, lang);
  if (typeof params.type === "string" && params.type in table) params.expected = table[params.type as MessageCode];
  return fill(table[d.code], params);
}

/** Any wording by its code — a diagnostic's message or a word of the interface — with its `{name}` slots filled. */
export function message(code: MessageCode | UiTextCode, lang: Lang, params: MessageParams = {}): string {
  // Looked up in one table, then the other: merging them into one object took milliseconds at every start.
  const messages: Partial<Record<string, string>> = TABLES[lang];
  return fill(messages[code] ?? UI[lang][code as UiTextCode], params);
}

/** Fills the slots; a value's control characters are shown as symbols, so no file or value can steer a terminal. */
function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => visibleControls(String(params[name] ?? "")));
}
