import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadDataWithYaml, MAX_ENTRIES } from "../../src/data/load-data.js";
import { loadKeyValueLines } from "../../src/data/load-key-value-lines.js";
import { buildSkeleton, loadTemplate } from "../../src/index.js";

/** 2,000 generated texts per property in `npm test`; `npm run fuzz` style runs can raise it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const PATH = "县.yaml";

/** Keys near the subset's edge: plain ones, Chinese ones, and ones YAML reads as something else. */
const KEYS = [
  ..."abcdefgh",
  "county",
  "x_1",
  "_a",
  "县名",
  "上半年",
  "Null",
  "null",
  "NULL",
  "True",
  "TRUE",
  "false",
  "007",
  "1e3",
  "2023年",
  "0x1F",
  "__proto__",
  "constructor",
  "a.b",
  "-a",
  "?a",
  "a b",
  "~",
  "'a'",
  "😀",
  "yes",
  "on",
  "Y",
  "NaN",
  "Infinity",
  "inf",
  "nan",
];
/** Characters near the subset's edge, for values. */
const CHARS = [
  ..."aZ09.-+,，中东县％０",
  "😀",
  "\ud800",
  "\udc00",
  " ",
  "\t",
  "\u3000",
  ..."#:~'\"&*!|>%@`[]{}?\\",
  "\u0085",
  "\u2028",
  "\ufeff",
  "\u007f",
  "\r",
];
/** Whole values YAML reads as something other than a string, or that start with an indicator. */
const VALUES = [
  "~",
  "null",
  "Null",
  "NULL",
  "nUll",
  "true",
  "-1.5",
  "-3",
  "- 1",
  "-",
  "-a",
  "12.30",
  "2020-02-16",
  ".inf",
  "0x1F",
];

/** Mostly the first arbitrary, now and then one of the others: texts mostly inside the subset, each near its edge. */
function mostly<T>(usual: fc.Arbitrary<T>, ...rare: fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 40 * rare.length, arbitrary: usual },
    ...rare.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
}
/** Characters inside a value that may not start or end it: spaces, indicators. */
const INNER = fc.string({ unit: fc.constantFrom(..."a9.中东县😀 -,%'\"\u3000"), maxLength: 6 });
const value = mostly(
  fc
    .tuple(fc.constantFrom(..."a9.中东县😀", "-1", "\u3000"), INNER, fc.constantFrom("", ..."a9.中😀"))
    .map((p) => p.join("")),
  INNER,
  fc.string({ unit: fc.constantFrom(...CHARS), minLength: 0, maxLength: 6 }),
  fc.constantFrom(...VALUES),
  // Quoted, with what needs no escape and what does inside.
  fc
    .tuple(
      fc.constantFrom('"', "'"),
      fc.string({ unit: fc.constantFrom(..."a #:中“”~-", "'", '"', "\\", "\t", " ", "😀", "\u2028"), maxLength: 6 }),
    )
    .map(([q, inside]) => q + inside + q),
);
const key = mostly(
  fc.tuple(fc.constantFrom("a", "县", "x_", "Zb"), fc.nat(99)).map(([k, n]) => `${k}${n}`),
  fc.constantFrom(...KEYS),
);

interface Tree {
  entries: Array<[string, string | Tree]>;
}
/** Nested mappings, mostly within the subset: sections hold entries, and the odd one is empty. */
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    entries: fc.array(
      fc.tuple(
        key,
        fc.oneof(
          { weight: 20, arbitrary: value },
          { weight: 5, arbitrary: tie("tree") },
          { weight: 1, arbitrary: fc.constant<Tree>({ entries: [] }) },
        ),
      ),
      { minLength: 1, maxLength: 5 },
    ),
  }),
})).tree;

/** How a tree is written: indent step per level, spaces after the colon, blank lines, line ending, a stray line. */
const layout = fc.record({
  step: mostly(fc.constant(2), fc.constantFrom(1, 3, 4)),
  wobble: mostly(fc.constant(0), fc.constantFrom(1, -1)),
  spaces: mostly(fc.constant(" "), fc.constantFrom("  ", "   "), fc.constantFrom("", "\t")),
  blank: mostly(fc.constant(""), fc.constantFrom("\n", "\n  ")),
  eol: mostly(fc.constant("\n"), fc.constant("\r\n")),
  end: mostly(fc.constant("\n"), fc.constantFrom("", "\n\n")),
  stray: mostly(
    fc.constant(null),
    fc.tuple(fc.nat(20), fc.constantFrom("# note", "  ", "- a", "a: b # c", "---", "a: 'x'", "\t", "...")),
  ),
  indent0: mostly(fc.constant(0), fc.constant(2)),
  /** A comment after every other key line (value or section), as init writes after a section key. */
  note: fc.oneof(
    fc.constant(""),
    fc.constantFrom(" # 说明", "  #x", " #", " # a: b", " ## 中：文"),
    fc.constantFrom("# c", "\t# c", " # c\t", " # \u0085", " # \u2028", " # \ufeff", " #\r", " # 😀"),
  ),
  /** Comment lines put anywhere, at any indent. */
  comments: fc.oneof(
    { weight: 2, arbitrary: fc.constant([]) },
    {
      weight: 3,
      arbitrary: fc.array(
        fc.tuple(
          fc.nat(20),
          fc.nat(6),
          mostly(
            fc.constantFrom("# 原文：…［X］县…", "#", "# a: 1", "#- x", "# 例：12.30"),
            fc.constantFrom("#\t", "# \u0085", "#\u007f", "# \ud800", "\t#", "x #"),
          ),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    },
  ),
});

type Layout = typeof layout extends fc.Arbitrary<infer R> ? R : never;

function write(t: Tree, l: Layout): string {
  const lines: string[] = [];
  const emit = (node: Tree, indent: number) => {
    for (const [i, [k, v]] of node.entries.entries()) {
      const pad = " ".repeat(Math.max(0, indent + (i === 1 ? l.wobble : 0)));
      const note = i % 2 === 0 ? l.note : "";
      if (typeof v === "string") lines.push(`${pad}${k}:${v === "" ? "" : l.spaces}${v}${note}`);
      else {
        lines.push(`${pad}${k}:${note}`);
        emit(v, indent + l.step);
        if (l.blank) lines.push(l.blank.slice(1));
      }
    }
  };
  emit(t, l.indent0);
  if (l.stray) lines.splice(Math.min(l.stray[0], lines.length), 0, l.stray[1]);
  for (const [at, indent, comment] of l.comments)
    lines.splice(Math.min(at, lines.length), 0, " ".repeat(indent) + comment);
  return lines.join(l.eol) + l.end;
}

/** A place: line, code-point column, length in code points. */
const at = (line: number, column: number, length: number) => ({ line, column, length });
/** An entry of a scalar value, as a DataFile holds it. */
const scalar = (key: string, source: string, keyPlace: ReturnType<typeof at>, valuePlace: ReturnType<typeof at>) => ({
  key,
  type: "scalar",
  source,
  keyPlace,
  valuePlace,
});

/** Texts the fast path accepted, per property: a property whose texts were all refused would prove nothing. */
let accepted = 0;
let refused = 0;
function sameAsYaml(text: string): void {
  const fast = loadKeyValueLines(text, PATH, MAX_ENTRIES);
  if (!fast) {
    refused++;
    return;
  }
  accepted++;
  expect(fast).toEqual(loadDataWithYaml(text, PATH));
}

describe("compact data files read without the YAML parser (loadKeyValueLines)", () => {
  test("a generated nested key: value text it accepts loads exactly as through YAML: entries, sources, places, sections", () => {
    accepted = refused = 0;
    fc.assert(
      fc.property(tree, layout, (t, l) => sameAsYaml(write(t, l))),
      { numRuns: RUNS },
    );
    // Both sides of the edge were reached many times.
    expect(accepted).toBeGreaterThan(RUNS / 5);
    expect(refused).toBeGreaterThan(RUNS / 5);
  });

  test("random text from the characters YAML treats specially: whatever it accepts loads exactly as through YAML", () => {
    accepted = refused = 0;
    const unit = mostly(
      fc.constantFrom("a: 1\n", "b:\n  ", "c: 县\n", "  d: -2\n", "\n", "e", ": ", " "),
      fc.constantFrom(...CHARS),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => sameAsYaml(text)),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });

  test("places of a hand-written file: line, code-point column and length of keys and values", () => {
    const text = "a: 1\nb:\n  c:   中😀x\n  县名: -3.5\n\nd: 2020-02-16";
    const file = loadKeyValueLines(text, PATH, MAX_ENTRIES);
    expect(file).toBeDefined();
    expect([...file!.entries.keys()]).toEqual(["a", "b.c", "b.县名", "d"]);
    expect(file!.entries.get("b.c")).toEqual({
      key: "b.c",
      type: "scalar",
      source: "中😀x",
      keyPlace: { line: 3, column: 3, length: 1 },
      valuePlace: { line: 3, column: 8, length: 3 },
    });
    expect(file!.entries.get("b.县名")!.valuePlace).toEqual({ line: 4, column: 7, length: 4 });
    expect(file!.entries.get("d")!.valuePlace).toEqual({ line: 6, column: 4, length: 10 });
    expect([...file!.sections]).toEqual([["b", { line: 2, column: 1, length: 1 }]]);
    expect(file!.diagnostics).toEqual([]);
    expect(file!.broken).toBe(false);
  });

  test("comments, blank lines and empty values as init writes them: places of a hand-written file", () => {
    const text =
      "# 说明\n\nmeeting:  # 会议\n  # 届次，例：15\n  term:\n    # 原文：X届\n  town: 7 # 个\n\ncounty:   \nnote: a b  \n" +
      'case: "“3·12” #专项:" # 注\n';
    const file = loadKeyValueLines(text, PATH, MAX_ENTRIES);
    expect(file).toBeDefined();
    expect([...file!.sections]).toEqual([["meeting", { line: 3, column: 1, length: 7 }]]);
    expect([...file!.entries.values()]).toEqual([
      // An empty value sits just after the colon ...
      scalar("meeting.term", "", at(5, 3, 4), at(5, 8, 1)),
      scalar("meeting.town", "7", at(7, 3, 4), at(7, 9, 1)),
      // ... and the spaces behind it.
      scalar("county", "", at(9, 1, 6), at(9, 11, 1)),
      scalar("note", "a b", at(10, 1, 4), at(10, 7, 3)),
      // What is inside the quotes; the place is the quoted text's.
      scalar("case", "“3·12” #专项:", at(11, 1, 4), at(11, 7, 13)),
    ]);
    expect(file).toEqual(loadDataWithYaml(text, PATH));
  });

  test.each([
    ["a comment with a tab", "a: 1\n#\tnote\n"],
    ["a comment after a tab", "a: 1\t# note\n"],
    ["a comment with no space before it", "a: 1# note\n"],
    ["a file of comments only", "# a: 1\n"],
    ["a value YAML reads as null", "a: ~\n"],
    ["null spelt Null", "a: Null\n"],
    ["a key YAML reads as null", "Null: 1\n"],
    ["a key YAML reads as a boolean", "TRUE: 1\n"],
    ["a key YAML reads as a number", "007: 1\n"],
    ["a quoted value with an escape", 'a: "1\\n"\n'],
    ["a quoted value with a quote doubled", "a: 'it''s'\n"],
    ["a list", "a:\n  - 1\n"],
    ["a tab", "a:\t1\n"],
    ["CRLF line ends", "a: 1\r\nb: 2\r\n"],
    ["a BOM", "\ufeffa: 1\n"],
    ["an indent that matches no level", "a:\n  b: 1\n c: 2\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a reserved key", "a:\n  __proto__: 1\n"],
    ["a colon in the value", "a: b: c\n"],
    ["a document marker", "---\na: 1\n"],
    ["an empty file", ""],
    ["an indented first line", "  a: 1\n"],
  ])("leaves %s to the YAML parser", (_, text) => {
    expect(loadKeyValueLines(text, PATH, MAX_ENTRIES)).toBeUndefined();
  });

  test("more keys than the limit: left to the YAML parser, which reports too-many-entries", () => {
    expect(loadKeyValueLines("a: 1\nb: 2\nc: 3\n", PATH, 2)).toBeUndefined();
    expect(loadKeyValueLines("a: 1\nb: 2\n", PATH, 2)).toBeDefined();
  });

  test("the built-in template's data: a compact file and an init skeleton with comments are read by the fast path", async () => {
    const loaded = await loadTemplate("county-plenary-speech");
    if (!loaded.ok) throw new Error("template does not load");
    const fields = loaded.template.fields;
    // Compact: every field, nested by its dotted key, as the batch benchmark writes them.
    const root: Tree = { entries: [] };
    for (const [i, f] of fields.entries()) {
      const parts = f.key.split(".");
      let node = root;
      for (const part of parts.slice(0, -1)) {
        let child = node.entries.find(([k]) => k === part)?.[1];
        if (typeof child !== "object") node.entries.push([part, (child = { entries: [] })]);
        node = child;
      }
      node.entries.push([parts.at(-1)!, f.kind === "date" ? `2020-03-0${1 + (i % 9)}` : `${1 + i}.5`]);
    }
    const compact = write(root, {
      step: 2,
      wobble: 0,
      spaces: " ",
      blank: "",
      eol: "\n",
      end: "\n",
      stray: null,
      indent0: 0,
      note: "",
      comments: [],
    });
    const fast = loadKeyValueLines(compact, PATH, MAX_ENTRIES);
    expect(fast?.entries.size).toBe(fields.length);
    expect(fast).toEqual(loadDataWithYaml(compact, PATH));
    const skeleton = buildSkeleton(loaded.template, "zh");
    const fastSkeleton = loadKeyValueLines(skeleton, PATH, MAX_ENTRIES);
    expect(fields.filter((f) => !fastSkeleton?.entries.has(f.key))).toEqual([]);
    expect(fastSkeleton).toEqual(loadDataWithYaml(skeleton, PATH));
  });
});
