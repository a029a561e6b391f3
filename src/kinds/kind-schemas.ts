import * as z from "zod/mini";
import { CONTROL_CHAR } from "./control-chars.js";
import type { Kind } from "./kind-names.js";
import { parseChineseNumeral, toChineseNumeral } from "./chinese-numerals.js";
import { dateParts, formatDate, MONTH_RANGE_PLACEHOLDER, parseDate, parseMonthRange } from "./dates.js";
import { foldFullWidth } from "./normalize.js";

/**
 * One zod schema per kind. Each takes the value exactly as typed in the data file (the scalar's source
 * text, never the parsed number, so 12.30 stays 12.30) and yields the text that goes into the speech.
 * Failures are custom issues whose `params.code` is one of our stable problem codes. Built with zod/mini, the
 * tree-shakable API: a schema is a plain pipe (string → transform), without the dozens of chainable methods
 * classic zod attaches to each instance, and the CLI's `check` loads a fraction of zod's code.
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

/** What a transform receives besides the value: the parse in progress, whose issues it adds to. */
type Ctx = z.core.ParsePayload<unknown>;

function fail(ctx: Ctx, code: ValueProblemCode, extra: Record<string, unknown> = {}): typeof z.NEVER {
  ctx.issues.push({ code: "custom", message: code, params: { code, ...extra }, input: ctx.value });
  return z.NEVER;
}

/** A schema that takes a string and yields the text `tx` makes of it (or fails with our code). */
const stringTo = (tx: (s: string, ctx: Ctx) => string) => z.pipe(z.string(), z.transform(tx));

function checkRange(n: number, opts: KindOptions, ctx: Ctx): boolean {
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    fail(ctx, "out-of-range", { min: opts.min, max: opts.max });
    return false;
  }
  return true;
}

const text = (county: boolean) =>
  stringTo((s, ctx) => {
    const t = s.trim();
    // A newline would forge a heading in docx, html and md; ESC and BEL would reach the terminal.
    if (CONTROL_CHAR.test(t)) return fail(ctx, "not-one-line");
    if (county && /[县縣]$/.test(t) && t.length > 1) return fail(ctx, "county-suffix");
    return t;
  });

const decimal = (opts: KindOptions, allowPercentSign: boolean) =>
  stringTo((s, ctx) => {
    let typed = foldFullWidth(s.trim());
    if (allowPercentSign) typed = typed.replace(/\s*%$/, "");
    const g = ungroup(typed);
    if (g === "bad-grouping") return fail(ctx, "bad-grouping");
    const t = g.digits;
    if (!DECIMAL.test(t)) return fail(ctx, "not-number");
    const n = Number(t);
    if (!Number.isFinite(n)) return fail(ctx, "not-number");
    if (!allowPercentSign && n < 0) return fail(ctx, "negative");
    if (!checkRange(n, opts, ctx)) return z.NEVER;
    return g.shown;
  });

const integer = (opts: KindOptions, positive: boolean) =>
  stringTo((s, ctx) => {
    const g = ungroup(foldFullWidth(s.trim()));
    if (g === "bad-grouping") return fail(ctx, "bad-grouping");
    const t = g.digits;
    if (DECIMAL.test(t) && !INTEGER.test(t))
      return fail(ctx, Number(t) < 0 ? (positive ? "not-positive" : "negative") : "not-integer");
    if (!INTEGER.test(t)) return fail(ctx, "not-number");
    const n = Number(t);
    if (positive && n < 1) return fail(ctx, "not-positive");
    if (!checkRange(n, opts, ctx)) return z.NEVER;
    return g.shown;
  });

const ordinal = (opts: KindOptions) =>
  stringTo((s, ctx) => {
    const t = foldFullWidth(s.trim());
    const fromChinese = parseChineseNumeral(t);
    if (fromChinese !== undefined) return checkRange(fromChinese, opts, ctx) ? toChineseNumeral(fromChinese) : z.NEVER;
    if (DECIMAL.test(t) && !INTEGER.test(t)) return fail(ctx, Number(t) < 0 ? "not-positive" : "not-integer");
    if (!INTEGER.test(t)) return fail(ctx, "not-number");
    const n = Number(t);
    if (n < 1) return fail(ctx, "not-positive");
    if (n > 9999) return fail(ctx, "ordinal-range");
    if (!checkRange(n, opts, ctx)) return z.NEVER;
    return toChineseNumeral(n);
  });

const date = (opts: KindOptions) =>
  stringTo((s, ctx) => {
    const t = foldFullWidth(s.trim()).replace(/\s+/g, "");
    if (MONTH_RANGE_PLACEHOLDER.test(opts.placeholder)) {
      const range = parseMonthRange(t);
      return range === undefined
        ? fail(ctx, "bad-date")
        : range === "impossible"
          ? fail(ctx, "impossible-date")
          : range;
    }
    const d = parseDate(t);
    if (d === undefined) return fail(ctx, "bad-date");
    if (d === "impossible") return fail(ctx, "impossible-date");
    const out = formatDate(d, opts.placeholder, new Date().getFullYear());
    return out ?? fail(ctx, "date-missing-part", dateParts(opts.placeholder));
  });

const cache = new Map<string, z.ZodMiniType<string, string>>();

/** The zod schema that validates and formats one value of a kind (built once per kind and options). */
export function kindSchema(kind: Kind, opts: KindOptions): z.ZodMiniType<string, string> {
  const id = `${kind}|${opts.placeholder}|${opts.min ?? ""}|${opts.max ?? ""}`;
  let schema = cache.get(id);
  if (!schema) cache.set(id, (schema = buildKindSchema(kind, opts)));
  return schema;
}

function buildKindSchema(kind: Kind, opts: KindOptions): z.ZodMiniType<string, string> {
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
