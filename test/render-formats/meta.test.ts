import { describe, expect, test } from "vitest";
import { bylines, countySubject, dateLine } from "../../src/render/formats/meta.js";

describe("meta", () => {
  test.each([
    ["2020年7月15日", "（2020年7月15日）"],
    ["2020-07-15", "（2020年7月15日）"],
    ["（2020年7月15日）", "（2020年7月15日）"],
    [" 7月15日 ", "（7月15日）"],
    ["", undefined],
    [undefined, undefined],
  ])("dateLine(%s) → %s", (date, want) => expect(dateLine(date)).toBe(want));

  test.each([
    ["青川", "青川县"],
    ["白河区", "白河区"],
    ["兰溪市", "兰溪市"],
    ["", ""],
    [undefined, ""],
  ])("countySubject(%s) → %s", (county, want) => expect(countySubject(county)).toBe(want));

  test("bylines: speaker, then date, each only when given", () => {
    expect(bylines({ speaker: "张建国", date: "2020年7月15日" })).toEqual(["张建国", "（2020年7月15日）"]);
    expect(bylines({ date: "2020年7月15日" })).toEqual(["（2020年7月15日）"]);
    expect(bylines({ speaker: "  " })).toEqual([]);
  });
});
