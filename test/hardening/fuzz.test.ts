import fc from "fast-check";
import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { checkData, checkToJson, decodeText, formatCheckText, loadData, loadTemplate, renderText, reportDiagnostic } from "../../src/index.js";
import { EXAMPLE } from "../helpers/cli.js";

/** 500 cases each in `npm test`; `npm run fuzz` sets FUZZ_RUNS=20000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const loaded = await loadTemplate("county-plenary-speech");
if (!loaded.ok) throw new Error("built-in template does not load");
const template = loaded.template;
const example = readFileSync(EXAMPLE);

/** Everything a user-facing run does with a data file: load, check, report in both languages, draft. */
function fullRun(bytes: Uint8Array): void {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return;
  const data = loadData(decoded.text, "fuzz.yaml");
  const result = checkData(template, data);
  for (const lang of ["zh", "en"] as const) {
    const json = checkToJson(template, "fuzz.yaml", result, lang);
    expect(typeof json.complete).toBe("boolean");
    formatCheckText(json, lang, 0, decoded.text);
    for (const d of [...result.errors, ...result.invalid, ...result.unknown]) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      reportDiagnostic(d, lang, decoded.text);
    }
  }
  if (result.errors.length === 0) {
    const draft = renderText(template, result.fields, "draft");
    expect(draft.length).toBeGreaterThan(0);
  }
}

const keys = template.fields.map((f) => f.key);
const yamlValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("X", "某某", "待填", "12.30", "-3.2%", "2月30日", "2020-02-29", "１２", "约5", "1e400", ".nan", "0x10", "__proto__"),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...keys, "__proto__", "constructor", "review", "economy"), fc.string()), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("no input crashes the loader or check: only diagnostics", () => {
  test("random YAML documents", () => {
    fc.assert(fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), yamlValue, { maxKeys: 12 }), (doc) => fullRun(new TextEncoder().encode(stringify(doc)))), { numRuns: RUNS });
  });

  test("random text", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."abc:-[]{}&*!|>'\"#%@`,?\n \t县XＸ１．：，"), maxLength: 200 }), (s) => fullRun(new TextEncoder().encode(s))), { numRuns: RUNS });
  });

  test("random byte-level mutations of the complete example", () => {
    const mutation = fc.array(fc.tuple(fc.nat(example.length - 1), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "delete")), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(mutation, (edits) => {
        const bytes = [...example];
        for (const [at, byte, op] of edits) {
          const i = Math.min(at, bytes.length - 1);
          if (op === "set") bytes[i] = byte;
          else if (op === "insert") bytes.splice(i, 0, byte);
          else bytes.splice(i, 1);
        }
        fullRun(Uint8Array.from(bytes));
      }),
      { numRuns: RUNS },
    );
  });
});
