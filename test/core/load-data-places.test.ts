import { describe, expect, test } from "vitest";
import { loadData } from "../../src/data/load-data.js";

// Places are worked out by a cursor moving forward, and by a table of line starts when an alias points back.
describe("loadData places", () => {
  const text = "county: 秦川\r\nreview:\r\n  name: 𠀀园\r\n  count: 3\r\nalias: &a 5\r\nagain: *a\r\nlast: 7\r\n";
  const data = loadData(text, "t.yaml");
  const at = (key: string) => {
    const e = data.entries.get(key)!;
    return [e.keyPlace.line, e.keyPlace.column, e.valuePlace.line, e.valuePlace.column, e.valuePlace.length];
  };

  test("CRLF lines, and a character outside the BMP counted as one column", () => {
    expect(at("county")).toEqual([1, 1, 1, 9, 2]);
    expect(at("review.name")).toEqual([3, 3, 3, 9, 2]);
    expect(at("review.count")).toEqual([4, 3, 4, 10, 1]);
    expect(data.sections.get("review")).toMatchObject({ line: 2, column: 1 });
  });

  test("an alias's value is placed where its anchor's value is, and the places after it stay right", () => {
    expect(at("alias")).toEqual([5, 1, 5, 11, 1]);
    expect(at("again")).toEqual([6, 1, 5, 11, 1]);
    expect(at("last")).toEqual([7, 1, 7, 7, 1]);
  });
});
