import fc from "fast-check";
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import {
  checkData,
  checkToJson,
  decodeText,
  formatCheckText,
  loadData,
  loadTemplate,
  readDocxText,
  renderText,
  reportDiagnostic,
} from "../../src/index.js";
import { EXAMPLE } from "../helpers/cli.js";

/** 500 cases each in `npm test`; `npm run fuzz` sets FUZZ_RUNS=20000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
/** Cases each property actually ran: every test checks that RUNS reached it (a property that passes runs exactly RUNS). */
let ran = 0;
const count = () => void ran++;
function expectAllRan(properties = 1): void {
  expect(ran).toBe(RUNS * properties);
  ran = 0;
}
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

type Edit = [at: number, byte: number, op: "set" | "insert" | "delete"];

/** Up to eight byte edits anywhere in a file of `length` bytes. */
function mutations(length: number): fc.Arbitrary<Edit[]> {
  return fc.array(
    fc.tuple(
      fc.nat(length - 1),
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom("set" as const, "insert" as const, "delete" as const),
    ),
    { minLength: 1, maxLength: 8 },
  );
}

/** The bytes with the edits applied in order. */
function mutate(original: Uint8Array, edits: Edit[]): Uint8Array {
  const bytes = [...original];
  for (const [at, byte, op] of edits) {
    const i = Math.min(at, bytes.length - 1);
    if (op === "set") bytes[i] = byte;
    else if (op === "insert") bytes.splice(i, 0, byte);
    else bytes.splice(i, 1);
  }
  return Uint8Array.from(bytes);
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
    fc.constantFrom(
      "X",
      "某某",
      "待填",
      "12.30",
      "-3.2%",
      "2月30日",
      "2020-02-29",
      "１２",
      "约5",
      "1e400",
      ".nan",
      "0x10",
      "__proto__",
    ),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...keys, "__proto__", "constructor", "review", "economy"), fc.string()),
      tie("value"),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe("no input crashes the loader or check: only diagnostics", () => {
  test("random YAML documents", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), yamlValue, { maxKeys: 12 }),
        (doc) => (count(), fullRun(new TextEncoder().encode(stringify(doc)))),
      ),
      { numRuns: RUNS },
    );
    expectAllRan();
  });

  test("random text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abc:-[]{}&*!|>'\"#%@`,?\n \t县XＸ１．：，"), maxLength: 200 }),
        (s) => (count(), fullRun(new TextEncoder().encode(s))),
      ),
      { numRuns: RUNS },
    );
    expectAllRan();
  });

  test("random byte-level mutations of the complete example", () => {
    fc.assert(
      fc.property(mutations(example.length), (edits) => (count(), fullRun(mutate(example, edits)))),
      { numRuns: RUNS },
    );
    expectAllRan();
  });
});

/** Stable codes a template or .docx may come back with; anything else (or a throw) fails the fuzz. */
const fieldKeys = ["county", "a", "a.b", "review.x", "constructor", "__proto__", "this", "if", "x-y", "1a"];
const hbsPiece = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(...fieldKeys).map((k) => `{{${k}}}`),
  fc.constantFrom(...fieldKeys).map((k) => `{{#if ${k}}}`),
  fc.constantFrom(
    "{{/if}}",
    "{{else}}",
    "{{#each a}}",
    "{{/each}}",
    "{{#with a}}",
    "{{/with}}",
    "{{#unless county}}",
    "{{/unless}}",
  ),
  fc.constantFrom(
    "{{this}}",
    "{{this.a}}",
    "{{@index}}",
    '{{"lit"}}',
    "{{1}}",
    "{{#if (a)}}",
    "{{lookup a 'b'}}",
    "{{log a}}",
    "{{> p}}",
    "{{../a}}",
  ),
  fc.constantFrom(
    "{{",
    "}}",
    "{{{a}}}",
    "\\{{a}}",
    "\\\\{{a}}",
    "{{!-- c --}}",
    "{{a b=1}}",
    "{{*d}}",
    "{{#each a as |x|}}",
    "\n",
    "X",
  ),
);
const fieldDef = fc.record(
  {
    label: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("县名", "多行\n标签", "")),
    kind: fc.constantFrom("county", "place", "count", "amount", "percent", "date", "ordinal", "rank", "name", "bogus"),
    unit: fc.string({ maxLength: 3 }),
    help: fc.string({ maxLength: 10 }),
  },
  { requiredKeys: ["label", "kind"] },
);

describe("no template folder crashes the loader, and what loads renders", () => {
  test("random template.hbs and fields.yaml", async () => {
    const { analyseTemplate } = await import("../../src/template/analyse-template.js");
    const { nestValues } = await import("../../src/template/nest-values.js");
    const Handlebars = (await import("handlebars")).default;
    await fc.assert(
      fc.asyncProperty(
        fc.array(hbsPiece, { maxLength: 12 }).map((p) => p.join("")),
        fc.oneof(
          fc
            .dictionary(fc.oneof(fc.constantFrom(...fieldKeys), fc.string({ maxLength: 4 })), fieldDef, { maxKeys: 5 })
            .map((fields) => stringify({ fields })),
          fc.string({ maxLength: 60 }),
        ),
        async (hbs, fieldsYaml) => {
          count();
          const { analysis, diagnostics } = await analyseTemplate(hbs, fieldsYaml, "template.hbs", "fields.yaml");
          for (const d of diagnostics)
            for (const lang of ["zh", "en"] as const)
              expect(reportDiagnostic(d, lang, hbs)).not.toMatch(/\[object|function /);
          if (!analysis) return;
          // What passed the load check must render without error, whatever the values.
          const context = nestValues(analysis.fields.fields.map((f) => [f.key, "值"] as const));
          const compiled = Handlebars.create().compile(hbs, { strict: true, noEscape: true, knownHelpersOnly: true });
          expect(() =>
            compiled(context, {
              allowProtoPropertiesByDefault: false,
              allowProtoMethodsByDefault: false,
              helpers: {},
              partials: {},
            }),
          ).not.toThrow();
        },
      ),
      { numRuns: RUNS },
    );
    expectAllRan();
  });
});

describe("no .docx bytes crash the reader: text or a diagnostic", () => {
  const codes = new Set([
    "zip-corrupt",
    "zip64",
    "zip-encrypted",
    "zip-unsupported",
    "zip-part-too-large",
    "zip-total-too-large",
    "bad-docx",
  ]);
  const docx = (body: string) =>
    zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "word/document.xml": strToU8(
        `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`,
      ),
    });
  const real = docx(
    '<w:p><w:r><w:t>在县委X届X次全会上的讲话</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">增速X% </w:t><w:tab/></w:r></w:p>',
  );
  const expectReadable = (bytes: Uint8Array) => {
    const r = readDocxText(bytes, "fuzz.docx");
    if (r.ok) expect(typeof r.text).toBe("string");
    else expect(codes.has(r.diagnostics[0]!.code), r.diagnostics[0]!.code).toBe(true);
  };

  test("random byte-level mutations of a Word file", () => {
    fc.assert(
      fc.property(mutations(real.length), (edits) => (count(), expectReadable(mutate(real, edits)))),
      { numRuns: RUNS },
    );
    expectAllRan();
  });

  test("random document.xml inside a valid package, and random bytes", () => {
    const xmlPiece = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.constantFrom(
        "<w:p>",
        "</w:p>",
        "<w:p/>",
        "<w:p ",
        "<w:r>",
        "<w:t>",
        "</w:t>",
        "<w:t ",
        "<w:tab/>",
        "<w:br/>",
        "<w:pPr>",
        "</w:pPr>",
        "<mc:Fallback>",
        "</mc:Fallback>",
        "&amp;",
        "&#x1F600;",
        "&#99999999;",
        "&bogus;",
        "<",
        ">",
      ),
    );
    fc.assert(
      fc.property(fc.array(xmlPiece, { maxLength: 30 }), (pieces) => (count(), expectReadable(docx(pieces.join(""))))),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        (bytes) => (count(), expectReadable(Uint8Array.from([0x50, 0x4b, 3, 4, ...bytes]))),
      ),
      { numRuns: RUNS },
    );
    expectAllRan(2);
  });
});
