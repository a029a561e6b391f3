import type { Diagnostic } from "./diagnostic.js";
import { describeNode, expectedFor, type NodeShape } from "./expected.js";
import { isKind } from "../kinds/kind-names.js";
import type { Lang } from "./lang.js";
import { en } from "./messages-en.js";
import { zh } from "./messages-zh.js";

const TABLES = { zh, en };

/** The sentence a user reads for a diagnostic, in their language. */
export function formatMessage(d: Diagnostic, lang: Lang): string {
  const table = TABLES[lang];
  const template = table[d.code] ?? d.code;
  const params: Record<string, string | number | undefined> = { key: d.key, label: d.label ?? d.key, ...d.params };
  if (params.expected === undefined && isKind(params.kind)) params.expected = expectedFor(params.kind, lang);
  // A suggestion is a sentence of its own, shown only when there is one.
  if (d.code === "unknown-key" || d.code === "template-unknown-slot") params.suggestion = params.suggestion ? fill(table["unknown-key-suggestion"]!, params) : "";
  if (typeof params.shape === "string") params.shape = describeNode(params.shape as NodeShape, lang);
  return fill(template, params);
}

/** Fills `{name}` slots of one message of a table. */
export function message(code: string, lang: Lang, params: Record<string, string | number | undefined> = {}): string {
  return fill(TABLES[lang][code] ?? code, params);
}

function fill(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
