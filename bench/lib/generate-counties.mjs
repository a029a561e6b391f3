import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIRST, GIVEN, NAME_ENDS, PLACE_ENDS, PLACE_WORDS, SECOND, SURNAMES } from "./names.mjs";
import { seeded } from "./random.mjs";

/** China's county-level divisions (2020): the number of data files the batch benchmark renders. */
export const COUNTY_COUNT = 2844;

/** Unique fictional names like 安川县, 碧源区, 桐阳市: mostly 县, some 区 and 市. */
export function countyNames(count, rnd) {
  const stems = new Set();
  const names = [];
  while (names.length < count) {
    const stem = rnd.pick(FIRST) + rnd.pick(SECOND);
    if (stem[0] === stem[1] || stems.has(stem)) continue;
    stems.add(stem);
    const r = rnd.next();
    names.push(stem + (r < 0.7 ? "县" : r < 0.9 ? "区" : "市"));
  }
  return names;
}

/** A valid value for a field of each kind, within its min/max: what a county office would type. */
function valueFor(field, county, rnd) {
  const within = (lo, hi) => rnd.int(Math.max(lo, field.min ?? lo), Math.min(hi, field.max ?? hi));
  switch (field.kind) {
    case "county":
      return county;
    case "person":
      return rnd.pick(SURNAMES) + rnd.pick(GIVEN) + rnd.pick(GIVEN);
    case "place":
      return rnd.pick(PLACE_WORDS) + rnd.pick(PLACE_WORDS) + rnd.pick(PLACE_ENDS);
    case "name":
      return county + rnd.pick(NAME_ENDS);
    case "count":
      return String(within(0, 200));
    case "rank":
      return String(within(1, 12));
    case "ordinal":
      return String(within(1, 20));
    case "amount":
      return (within(100, 9999) / 100).toFixed(2);
    case "percent":
      return (within(field.min === 0 ? 0 : -99, 150) / 10).toFixed(1);
    case "date":
      return `2020-0${rnd.int(1, 6)}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
    default:
      throw new Error(`no generator for kind ${field.kind}`);
  }
}

/** Fills an `xfill init` skeleton (comments kept, so each file is as large as a real one) with values. */
export function fillSkeleton(skeleton, values) {
  const stack = [];
  return skeleton
    .split("\n")
    .map((line) => {
      const m = /^( *)([A-Za-z0-9]+):(.*)$/.exec(line);
      if (!m) return line;
      const indent = m[1].length;
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
      const key = [...stack.map((s) => s.key), m[2]].join(".");
      if (!values.has(key)) {
        stack.push({ indent, key: m[2] });
        return line;
      }
      return `${m[1]}${m[2]}: ${values.get(key)}`;
    })
    .join("\n");
}

/**
 * The same values as a compact data file: only `key: value` lines, nested by the keys' dots, no comments —
 * what a program or a clerk who deleted the comments writes. YAML parsing costs far less here than in a
 * commented skeleton, so what xfill adds around it shows more.
 */
export function compactData(values) {
  const root = new Map();
  for (const [key, value] of values) {
    const parts = key.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (!node.has(part)) node.set(part, new Map());
      node = node.get(part);
    }
    node.set(parts[parts.length - 1], value);
  }
  const lines = [];
  const emit = (node, depth) => {
    for (const [k, v] of node) {
      if (v instanceof Map) {
        lines.push(`${"  ".repeat(depth)}${k}:`);
        emit(v, depth + 1);
      } else lines.push(`${"  ".repeat(depth)}${k}: ${v}`);
    }
  };
  emit(root, 0);
  return lines.join("\n") + "\n";
}

/**
 * Writes one complete, valid data file per fictional county into dir; returns the file names. `shape`:
 * "commented" fills an `xfill init` skeleton (comments kept), "compact" writes only the values.
 */
export function generateCounties(dir, template, skeleton, count = COUNTY_COUNT, seed = 2844, shape = "commented") {
  const rnd = seeded(seed);
  mkdirSync(dir, { recursive: true });
  return countyNames(count, rnd).map((name) => {
    const county = name.slice(0, -1);
    const values = new Map(template.fields.map((f) => [f.key, valueFor(f, county, rnd)]));
    const file = `${name}.yaml`;
    writeFileSync(join(dir, file), shape === "compact" ? compactData(values) : fillSkeleton(skeleton, values));
    return file;
  });
}
