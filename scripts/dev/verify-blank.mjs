#!/usr/bin/env node
// Checks the built-in template county-plenary-speech against its seed, independently of src/:
// the blank render (every slot as its placeholder) must equal the seed speech byte for byte, every slot
// must be defined and every field used, and a render with distinctive values must leave no "X" but "3+X".
// Usage, from the project root: node scripts/dev/verify-blank.mjs [TEMPLATE_DIR] [SEED]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.cwd() + "/package.json");
const YAML = require("yaml");
const Handlebars = require("handlebars");

const dir = process.argv[2] ?? "templates/county-plenary-speech";
const seedPath = process.argv[3] ?? "test/fixtures/seed/000_d3ce5c2aace7cd50.txt";
const KINDS = ["county", "place", "person", "name", "count", "amount", "percent", "rank", "date", "ordinal"];
const PROPS = ["label", "kind", "unit", "placeholder", "min", "max", "example", "help"];
const UNIT_KINDS = ["count", "amount", "percent"];
const EXPECTED_SLOTS = 98;

const problems = [];
const fail = (msg) => problems.push(msg);

const source = readFileSync(`${dir}/template.hbs`, "utf8");
const manifest = YAML.parse(readFileSync(`${dir}/fields.yaml`, "utf8"));
const fields = manifest?.fields;
if (!fields || typeof fields !== "object") {
  console.error(`${dir}/fields.yaml has no top-level "fields:" map`);
  process.exit(1);
}
const keys = Object.keys(fields);

// The seed speech: line 16 to the end, trailing newlines included.
const seedLines = readFileSync(seedPath, "utf8").split("\n");
const speech = seedLines.slice(15).join("\n");

// Slots as written in the template, in order.
const slots = [...source.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]);
const slotKeys = [...new Set(slots)];
if (slots.length !== EXPECTED_SLOTS) fail(`${slots.length} slot occurrences, want ${EXPECTED_SLOTS}`);
if (/\\|\{\{[^{}]*[^}\sA-Za-z0-9_.][^{}]*\}\}/.test(source))
  fail("template has a backslash or a slot that is not a plain key");
for (const k of slotKeys) if (!(k in fields)) fail(`slot {{${k}}} has no field in fields.yaml`);
for (const k of keys) if (!slotKeys.includes(k)) fail(`field ${k} is not used in template.hbs`);
if (slotKeys.join("|") !== keys.filter((k) => slotKeys.includes(k)).join("|"))
  fail("fields.yaml is not in the order of first appearance in the template");

// Field definitions.
const labels = new Map();
for (const [k, def] of Object.entries(fields)) {
  if (!/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/.test(k)) fail(`key ${k} is not dot-separated camelCase`);
  if (keys.some((other) => other.startsWith(k + "."))) fail(`key ${k} is both a value and a group`);
  if (!def || typeof def !== "object") {
    fail(`field ${k} has no definition`);
    continue;
  }
  for (const prop of Object.keys(def)) if (!PROPS.includes(prop)) fail(`field ${k} has unknown property ${prop}`);
  if (!KINDS.includes(def.kind)) fail(`field ${k} has kind ${JSON.stringify(def.kind)}, not one of ${KINDS.join(" ")}`);
  if (typeof def.label !== "string" || !/[\u4e00-\u9fff]/.test(def.label)) fail(`field ${k} has no Chinese label`);
  else if (labels.has(def.label)) fail(`fields ${labels.get(def.label)} and ${k} share the label ${def.label}`);
  else labels.set(def.label, k);
  if (/[XＸ×]/.test(def.label ?? "")) fail(`label of ${k} contains a placeholder character`);
  const want = def.kind === "date" ? "X月X日" : "X";
  if (def.placeholder !== want)
    fail(`field ${k} (${def.kind}) has placeholder ${JSON.stringify(def.placeholder)}, want ${want}`);
  if (UNIT_KINDS.includes(def.kind) && !def.unit) fail(`field ${k} (${def.kind}) has no unit`);
  if (def.kind === "percent" && def.unit !== "%") fail(`percent field ${k} has unit ${def.unit}, want %`);
  if (def.kind === "rank" && def.min !== undefined && def.min < 1) fail(`rank field ${k} has min ${def.min}`);
}
const countyKeys = keys.filter((k) => fields[k]?.kind === "county");
if (countyKeys.length !== 1) fail(`${countyKeys.length} county fields, want exactly one`);

// Nested render context from dotted keys.
function context(valueOf) {
  const data = {};
  for (const k of keys) {
    const path = k.split(".");
    let o = data;
    for (const p of path.slice(0, -1)) o = o[p] ??= {};
    o[path.at(-1)] = valueOf(k, fields[k]);
  }
  return data;
}

let render;
try {
  render = Handlebars.compile(source, { strict: true, noEscape: true });
} catch (e) {
  fail(`template does not compile: ${e.message}`);
}

function firstDifference(want, got) {
  const a = want.split("\n");
  const b = got.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const ca = [...(a[i] ?? "")];
    const cb = [...(b[i] ?? "")];
    let c = 0;
    while (c < ca.length && ca[c] === cb[c]) c++;
    const near = (cs) => JSON.stringify(cs.slice(Math.max(0, c - 8), c + 12).join(""));
    return `seed line ${i + 16}, column ${c + 1}: seed ${a[i] === undefined ? "<no line>" : near(ca)} vs blank ${b[i] === undefined ? "<no line>" : near(cb)}`;
  }
  return "no difference";
}

if (render) {
  // 1. Blank render equals the seed speech.
  let blank;
  try {
    blank = render(context((k, def) => def.placeholder));
  } catch (e) {
    fail(`blank render failed: ${e.message}`);
  }
  if (blank !== undefined && blank !== speech)
    fail(`blank render differs from the seed speech: ${firstDifference(speech, blank)}`);

  // 2. A render with a distinctive value per field has each value and no placeholder left but "3+X".
  const distinct = (k, def, i) => {
    switch (def.kind) {
      case "county":
        return "青川";
      case "date":
        return `${(i % 12) + 1}月${(i % 28) + 1}日`;
      case "ordinal":
        return ["一", "二", "三", "四", "五", "六", "七", "八", "九"][i % 9];
      case "count":
      case "rank":
        return String(1000 + i);
      case "amount":
      case "percent":
        return `${i}.50`;
      default:
        return `【${k}】`;
    }
  };
  let filled;
  try {
    filled = render(context((k, def) => distinct(k, def, keys.indexOf(k))));
  } catch (e) {
    fail(`filled render failed: ${e.message}`);
  }
  if (filled !== undefined) {
    const left = [...filled.matchAll(/[XＸ×]/g)].filter((m) => filled.slice(m.index - 2, m.index) !== "3+");
    if (left.length)
      fail(
        `${left.length} placeholder characters left after filling, first near ` +
          JSON.stringify(filled.slice(Math.max(0, left[0].index - 10), left[0].index + 10)),
      );
    if (!filled.includes("3+X")) fail('the literal "3+X" is missing from the filled render');
    for (const k of keys) {
      const def = fields[k];
      if (!["county", "date", "ordinal"].includes(def.kind) && !filled.includes(distinct(k, def, keys.indexOf(k))))
        fail(`value of ${k} missing from the filled render`);
    }
    const countyCount = filled.split("青川县").length - 1;
    if (countyCount !== 25) fail(`county name appears ${countyCount} times before 县, want 25`);
  }
}

const byKind = {};
for (const k of keys) byKind[fields[k].kind] = (byKind[fields[k].kind] ?? 0) + 1;
console.log(
  `${keys.length} fields, ${slots.length} slot occurrences (${slotKeys.length} distinct); kinds: ${Object.entries(
    byKind,
  )
    .map(([k, n]) => `${k} ${n}`)
    .join(", ")}`,
);
if (problems.length) {
  for (const p of problems) console.log(`✗ ${p}`);
  process.exit(1);
}
console.log(
  `✓ blank render equals the seed speech (${[...speech].length} characters); filled render leaves no X but "3+X"`,
);
