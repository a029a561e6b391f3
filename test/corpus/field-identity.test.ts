// One field per thing (issue 10): which blanks of a corpus template import makes one field, and which it must
// keep apart. Expectations read from the sentences (line and column of the blank, as in the hand labels), never
// from import's own output.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftTemplate } from "../../src/index.js";

const CORPUS = join(import.meta.dirname);

/** The field key of every blank of a corpus template, by "line:column" (columns in code points, 1-based). */
function keysOf(file: string): Map<string, string> {
  const raw = readFileSync(join(CORPUS, file), "utf8");
  const r = draftTemplate(raw, file);
  if (!r.ok) throw new Error(`${file}: no draft`);
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === "\n") lineStarts.push(i + 1);
  const at = (offset: number): string => {
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > offset) line--;
    const column = [...raw.slice(lineStarts[line], offset)].length + 1;
    return `${line + 1}:${column}`;
  };
  return new Map(r.draft.slots.map((s) => [at(s.offset), s.key]));
}

function keyAt(keys: Map<string, string>, where: string): string {
  const key = keys.get(where);
  if (key === undefined) throw new Error(`no slot at ${where}`);
  return key;
}

/** Groups of blanks that are one thing each; blanks of different groups are different things. */
function expectGroups(file: string, groups: string[][]): void {
  const keys = keysOf(file);
  const keyOfGroup = groups.map((g) => {
    const first = keyAt(keys, g[0]!);
    for (const w of g) expect(keyAt(keys, w), `${file} ${w} is the same thing as ${g[0]}`).toBe(first);
    return first;
  });
  expect(new Set(keyOfGroup).size, `${file}: ${groups.map((g) => g[0]).join(" ")} are different things`).toBe(
    groups.length,
  );
}

describe("one field per thing, on the corpus", () => {
  it("17: the two bureau heads of 'xx局长、xx局长' are two people; the county head named twice is one", () => {
    // 农业局局长xxx and 建设局局长xxx report; then "xx局长、xx局长分别传达了" names them back, one each.
    // "请xx县长做重要讲话" and "xx县长代表县政府" are the county head both times; "x县长" is masked otherwise.
    expectGroups("17-county-forestation-meeting-host.txt", [
      ["1:388"],
      ["1:393"],
      ["1:371", "1:448"],
      ["1:297", "1:344", "1:403", "1:425"],
    ]);
  });

  it("21: the county head (县长XX同志) and his deputy (副县长XX同志) are two people; the county is one field", () => {
    expectGroups("21-county-congress-host.txt", [["13:8"], ["15:9"], ["1:1", "4:3", "8:10", "17:35", "17:83"]]);
  });

  it("18: 'XX 水库、XX 水库' are two reservoirs; the township's own name is one field", () => {
    expectGroups("18-township-yearbook-spaced-pdf.txt", [["3:272"], ["3:278"], ["3:6", "3:30", "3:199"]]);
  });

  it("15: a roster of posts ('党委书记:xx党委副书记、镇长:xx…') names eleven different people", () => {
    const roster = ["1:16", "1:27", "1:39", "1:51", "1:59", "1:72", "1:84", "1:91", "1:102", "1:108", "1:116"];
    expectGroups("15-town-yearbook.txt", roster.map((w) => [w]));
  });
});

describe("one field per thing, rules", () => {
  const keysOfText = (text: string): string[] => {
    const r = draftTemplate(text, "t.txt");
    if (!r.ok) throw new Error("no draft");
    return r.draft.slots.map((s) => s.key);
  };

  it("members of one enumeration are different things, joined by 、，和与及", () => {
    for (const joiner of ["、", "，", "和", "与", "及"]) {
      const k = keysOfText(`会上，XX书记${joiner}XX书记分别讲话。\n`);
      expect(new Set(k).size, joiner).toBe(2);
    }
    const three = keysOfText("会议由XX主任、XX主任和XX主任主持。\n");
    expect(new Set(three).size).toBe(3);
  });

  it("a title with 副 or 常务副 is another role than the bare title", () => {
    const k = keysOfText("请县长XX同志讲话。请常务副县长XX同志讲话。请副县长XX同志讲话。\n");
    expect(new Set(k).size).toBe(3);
    const after = keysOfText("XX县长强调，XX副县长指出，XX常务副县长要求。\n");
    expect(new Set(after).size).toBe(3);
  });

  it("the same person named again later, by the same title, stays one field", () => {
    const k = keysOfText("请XX书记讲话。\n刚才，XX书记作了重要讲话。\n");
    expect(k[0]).toBe(k[1]);
  });
});
