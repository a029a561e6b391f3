import * as z from "zod/mini";
import { CONTROL_CHAR } from "./control-chars.js";
import type { Kind } from "./kind-names.js";
import { parseChineseNumeral, toChineseNumeral } from "./chinese-numerals.js";
import { dateParts, formatDate, MONTH_RANGE_PLACEHOLDER, parseDate, parseMonthRange } from "./dates.js";
import { foldFullWidth } from "./normalize.js";

/**
 * One check per kind, and a zod schema around it. Each takes the value exactly as typed in the data file (the
 * scalar's source text, never the parsed number, so 12.30 stays 12.30) and yields the text that goes into the speech.
 * A refusal is one of our stable problem codes (in the schema, a custom issue's `params.code`). The schema is
 * built with zod/mini, the tree-shakable API: a plain pipe (string → transform), without the dozens of
 * chainable methods classic zod attaches to each instance, and the CLI's `check` loads a fraction of zod's code.
 */
export type ValueProblemCode =
  | "not-text"
  | "not-one-line"
  | "county-suffix"
  | "not-number"
  | "bad-grouping"
  | "not-integer"
  | "not-positive"
  | "negative"
  | "out-of-range"
  | "bad-date"
  | "impossible-date"
  | "date-missing-part"
  | "ordinal-range";

/** Field settings a kind schema depends on. */
export interface KindOptions {
  placeholder: string;
  min?: number;
  max?: number;
}

const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const INTEGER = /^\d+$/;
/** A figure written with thousands separators as clerks type them: 3,250 / 3，250 / 1,234,567.5. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A typed figure without its thousands separators (3,250 → 3250), and how it is printed: as typed, the
 * full-width comma of a Chinese keyboard made ASCII (3，250 → 3,250). A comma anywhere else (3,25: a decimal
 * comma or a slip?) is ambiguous and refused rather than guessed.
 */
function ungroup(t: string): { digits: string; shown: string } | "bad-grouping" {
  const shown = t.replace(/，/g, ",");
  if (!shown.includes(",")) return { digits: shown, shown };
  return GROUPED.test(shown) ? { digits: shown.replace(/,/g, ""), shown } : "bad-grouping";
}

/** Why a typed value is refused: a stable problem code, with what the message may name (min, max). */
export interface ValueProblem {
  code: ValueProblemCode;
  params?: Record<string, unknown>;
}

/** Validates one typed value of a kind: the text that goes into the speech, or why the value is refused. */
export type KindCheck = (typed: string) => string | ValueProblem;

function problem(code: ValueProblemCode, params?: Record<string, unknown>): ValueProblem {
  return params ? { code, params } : { code };
}

function outOfRange(n: number, opts: KindOptions): ValueProblem | undefined {
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max))
    return problem("out-of-range", { min: opts.min, max: opts.max });
  return undefined;
}

const text =
  (county: boolean): KindCheck =>
  (s) => {
    const t = s.trim();
    // A newline would forge a heading in docx, html and md; ESC and BEL would reach the terminal.
    if (CONTROL_CHAR.test(t)) return problem("not-one-line");
    if (county && /[县縣]$/.test(t) && t.length > 1) return problem("county-suffix");
    return t;
  };

const decimal =
  (opts: KindOptions, allowPercentSign: boolean): KindCheck =>
  (s) => {
    let typed = foldFullWidth(s.trim());
    if (allowPercentSign) typed = typed.replace(/\s*%$/, "");
    const g = ungroup(typed);
    if (g === "bad-grouping") return problem("bad-grouping");
    const t = g.digits;
    if (!DECIMAL.test(t)) return problem("not-number");
    const n = Number(t);
    if (!Number.isFinite(n)) return problem("not-number");
    if (!allowPercentSign && n < 0) return problem("negative");
    return outOfRange(n, opts) ?? g.shown;
  };

const integer =
  (opts: KindOptions, positive: boolean): KindCheck =>
  (s) => {
    const g = ungroup(foldFullWidth(s.trim()));
    if (g === "bad-grouping") return problem("bad-grouping");
    const t = g.digits;
    if (DECIMAL.test(t) && !INTEGER.test(t))
      return problem(Number(t) < 0 ? (positive ? "not-positive" : "negative") : "not-integer");
    if (!INTEGER.test(t)) return problem("not-number");
    const n = Number(t);
    if (positive && n < 1) return problem("not-positive");
    return outOfRange(n, opts) ?? g.shown;
  };

const ordinal =
  (opts: KindOptions): KindCheck =>
  (s) => {
    const t = foldFullWidth(s.trim());
    const fromChinese = parseChineseNumeral(t);
    if (fromChinese !== undefined) return outOfRange(fromChinese, opts) ?? toChineseNumeral(fromChinese);
    if (DECIMAL.test(t) && !INTEGER.test(t)) return problem(Number(t) < 0 ? "not-positive" : "not-integer");
    if (!INTEGER.test(t)) return problem("not-number");
    const n = Number(t);
    if (n < 1) return problem("not-positive");
    if (n > 9999) return problem("ordinal-range");
    return outOfRange(n, opts) ?? toChineseNumeral(n);
  };

const date =
  (opts: KindOptions): KindCheck =>
  (s) => {
    const t = foldFullWidth(s.trim()).replace(/\s+/g, "");
    if (MONTH_RANGE_PLACEHOLDER.test(opts.placeholder)) {
      const range = parseMonthRange(t);
      return range === undefined ? problem("bad-date") : range === "impossible" ? problem("impossible-date") : range;
    }
    const d = parseDate(t);
    if (d === undefined) return problem("bad-date");
    if (d === "impossible") return problem("impossible-date");
    const out = formatDate(d, opts.placeholder, new Date().getFullYear());
    return out ?? problem("date-missing-part", dateParts(opts.placeholder));
  };

/** What makes two kinds' checks the same: the kind and the options it reads. */
const kindId = (kind: Kind, opts: KindOptions) => `${kind}|${opts.placeholder}|${opts.min ?? ""}|${opts.max ?? ""}`;
const checks = new Map<string, KindCheck>();
const schemas = new Map<string, z.ZodMiniType<string, string>>();

/**
 * The check of one value of a kind (built once per kind and options): what check and batch call for every
 * field of every file, without zod's parse machinery around it. kindSchema wraps the very same function.
 */
export function kindCheck(kind: Kind, opts: KindOptions): KindCheck {
  const id = kindId(kind, opts);
  let check = checks.get(id);
  if (!check) checks.set(id, (check = buildKindCheck(kind, opts)));
  return check;
}

/**
 * The zod schema that validates and formats one value of a kind: kindCheck as a transform, a refusal as a
 * custom issue whose `params.code` is the problem code (built once per kind and options).
 */
export function kindSchema(kind: Kind, opts: KindOptions): z.ZodMiniType<string, string> {
  const id = kindId(kind, opts);
  let schema = schemas.get(id);
  if (!schema) {
    const check = kindCheck(kind, opts);
    schema = z.pipe(
      z.string(),
      z.transform((s: string, ctx: z.core.ParsePayload<unknown>) => {
        const out = check(s);
        if (typeof out === "string") return out;
        ctx.issues.push({
          code: "custom",
          message: out.code,
          params: { code: out.code, ...out.params },
          input: ctx.value,
        });
        return z.NEVER;
      }),
    );
    schemas.set(id, schema);
  }
  return schema;
}

function buildKindCheck(kind: Kind, opts: KindOptions): KindCheck {
  switch (kind) {
    case "county":
      return text(true);
    case "place":
    case "person":
    case "name":
      return text(false);
    case "amount":
      return decimal(opts, false);
    case "percent":
      return decimal(opts, true);
    case "count":
      return integer(opts, false);
    case "rank":
      return integer(opts, true);
    case "ordinal":
      return ordinal(opts);
    case "date":
      return date(opts);
  }
}
