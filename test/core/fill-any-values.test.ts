import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  checkData,
  daysInMonth,
  loadData,
  loadTemplate,
  renderText,
  toChineseNumeral,
  type FieldDef,
  type Kind,
} from "../../src/index.js";

const loaded = await loadTemplate("county-plenary-speech");
if (!loaded.ok) throw new Error("built-in template does not load");
const template = loaded.template;

/** A value as typed in YAML and the text the speech must then contain. */
interface Typed {
  yaml: string;
  shows: string;
}

const cjk = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 6,
});
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
const decimal = fc
  .tuple(fc.nat(99999), fc.option(digits(1, 3), { nil: undefined }))
  .map(([i, d]) => (d === undefined ? String(i) : `${i}.${d}`));

function arbitraryFor(f: FieldDef): fc.Arbitrary<Typed> {
  const kind: Kind = f.kind;
  const plain = (s: string): Typed => ({ yaml: s, shows: s });
  switch (kind) {
    case "county":
      return cjk
        .filter((s) => !/[县縣某]$/.test(s) && !/^某/.test(s))
        .map((s) => ({ yaml: JSON.stringify(s), shows: s + "县" }));
    case "place":
    case "person":
    case "name":
      return cjk.filter((s) => !/^某+$/.test(s)).map((s) => ({ yaml: JSON.stringify(s), shows: s }));
    case "count":
      return fc.integer({ min: f.min ?? 0, max: f.max ?? 100000 }).map((n) => plain(String(n)));
    case "rank":
      return fc.integer({ min: 1, max: 300 }).map((n) => plain(String(n)));
    case "amount":
      return decimal
        .filter((s) => (f.max === undefined || Number(s) <= f.max) && (f.min === undefined || Number(s) >= f.min))
        .map(plain);
    case "percent":
      return fc
        .tuple(fc.boolean(), decimal)
        .map(([neg, s]) => (neg && f.min === undefined ? "-" + s : s))
        .filter((s) => (f.max === undefined || Number(s) <= f.max) && (f.min === undefined || Number(s) >= f.min))
        .map(plain);
    case "ordinal":
      return fc.integer({ min: 1, max: 9999 }).map((n) => ({ yaml: String(n), shows: toChineseNumeral(n) }));
    case "date":
      return fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.boolean())
        .filter(([m, d]) => d <= daysInMonth(m, 2020))
        .map(([m, d, iso]) => ({
          yaml: iso ? `2020-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : `${m}月${d}日`,
          shows: `${m}月${d}日`,
        }));
  }
}

const record = fc.record(
  Object.fromEntries(template.fields.map((f) => [f.key, arbitraryFor(f)])) as Record<string, fc.Arbitrary<Typed>>,
);

describe("every field filled with arbitrary valid values by kind", () => {
  test("passes check and renders each value as typed, with no placeholder left", () => {
    fc.assert(
      fc.property(record, (values) => {
        const yaml = Object.entries(values)
          .map(([k, v]) => `${k}: ${v.yaml}`)
          .join("\n");
        const result = checkData(template, loadData(yaml, "any.yaml"));
        expect([...result.unfilled, ...result.invalid, ...result.unknown, ...result.errors]).toEqual([]);
        const text = renderText(template, result.fields, "final");
        for (const [key, v] of Object.entries(values)) {
          if (!text.includes(v.shows)) throw new Error(`${key}: ${v.shows} not in the speech`);
        }
        expect(text.replace(/3\+X/g, "")).not.toMatch(/[XＸ×]/);
      }),
      { numRuns: 60 },
    );
  });
});
