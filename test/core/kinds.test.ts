import { describe, expect, test } from "vitest";
import { kindCheck } from "../../src/kinds/kind-schemas.js";
import { error, formatMessage, kindSchema, type Kind } from "../../src/index.js";

/**
 * Checks one typed value of a kind: the text it renders to, or the problem code it is refused with — as check
 * gets it (kindCheck), which the public zod schema (kindSchema) must give alike.
 */
function typed(kind: Kind, source: string, placeholder = "X", extra: { min?: number; max?: number } = {}) {
  const checked = kindCheck(kind, { placeholder, ...extra })(source);
  const direct = typeof checked === "string" ? { text: checked } : { code: checked.code };
  const r = kindSchema(kind, { placeholder, ...extra }).safeParse(source);
  const viaZod = r.success
    ? { text: r.data }
    : { code: (r.error.issues[0] as { params?: { code?: string } }).params?.code };
  expect(viaZod).toEqual(direct);
  return direct;
}

describe("valid values render as the design says", () => {
  test.each<[Kind, string, string]>([
    ["county", "青川", "青川"],
    ["county", " 青川 ", "青川"],
    ["place", "陕西", "陕西"],
    ["person", "张建国", "张建国"],
    ["name", 'A&B <科技> "公司"', 'A&B <科技> "公司"'],
    ["count", "12", "12"],
    ["count", "０", "0"],
    ["count", "１２", "12"],
    ["amount", "12.30", "12.30"],
    ["amount", "8.0", "8.0"],
    ["amount", "0.3", "0.3"],
    ["amount", "1200", "1200"],
    // Thousands separators as clerks type them: printed as typed, the full-width comma made ASCII (issue 10).
    ["amount", "3,250", "3,250"],
    ["amount", "3，250", "3,250"],
    ["amount", "1,234,567.50", "1,234,567.50"],
    ["count", "3,250", "3,250"],
    ["percent", "1,250.5%", "1,250.5"],
    ["percent", "8.5", "8.5"],
    ["percent", "-3.2", "-3.2"],
    ["percent", "8.5%", "8.5"],
    ["percent", "8.50 %", "8.50"],
    ["percent", "－３．２", "-3.2"],
    ["rank", "1", "1"],
    ["rank", "12", "12"],
    ["ordinal", "15", "十五"],
    ["ordinal", "105", "一百零五"],
    ["ordinal", "1010", "一千零一十"],
    ["ordinal", "十五", "十五"],
    ["date", "3月15日", "3月15日"],
    ["date", "2020-03-15", "3月15日"],
    ["date", "2020/3/15", "3月15日"],
    ["date", "2020年3月5日", "3月5日"],
    ["date", "2月29日", "2月29日"],
    ["date", "2020-02-29", "2月29日"],
  ])("%s %j → %j", (kind, source, text) => {
    expect(typed(kind, source)).toEqual({ text });
  });

  test.each<[string, string, string]>([
    ["2020-03-15", "X月", "3月"],
    ["2020-03-15", "20XX年", "2020年"],
    ["2020-03-15", "X年X月X日", "2020年3月15日"],
    ["3月15日", "X月X日", "3月15日"],
    ["2019-03-15", "201X/X/XX", "2019/3/15"],
    ["2020年3月5日", "20xx年x月x日", "2020年3月5日"],
    ["1-5月", "x-x月", "1-5月"],
    ["1至5", "x-x月", "1-5月"],
  ])("date %s in a %s blank → %s", (source, placeholder, text) => {
    expect(typed("date", source, placeholder)).toEqual({ text });
  });
});

describe("invalid values are refused with a stable code", () => {
  test.each<[Kind, string, string]>([
    ["county", "青川县", "county-suffix"],
    ["count", "12.5", "not-integer"],
    ["count", "约5", "not-number"],
    ["count", "-3", "negative"],
    ["amount", "约5", "not-number"],
    ["amount", "五十", "not-number"],
    ["amount", "1e400", "not-number"],
    ["amount", ".nan", "not-number"],
    ["amount", "0x10", "not-number"],
    ["amount", "-2", "negative"],
    ["percent", "百分之八", "not-number"],
    ["rank", "0", "not-positive"],
    ["rank", "-1", "not-positive"],
    ["rank", "2.5", "not-integer"],
    ["rank", "第三", "not-number"],
    ["ordinal", "0", "not-positive"],
    ["ordinal", "10000", "ordinal-range"],
    ["ordinal", "1.5", "not-integer"],
    ["date", "2月30日", "impossible-date"],
    ["date", "2021-02-29", "impossible-date"],
    ["date", "13月1日", "impossible-date"],
    ["date", "4月31日", "impossible-date"],
    ["date", "下周一", "bad-date"],
    ["date", "2020-13-01", "impossible-date"],
    // A comma that is not a thousands separator (a decimal comma, a slip) is not guessed at.
    ["amount", "3,25", "bad-grouping"],
    ["amount", "32,50", "bad-grouping"],
    ["amount", "3，2500", "bad-grouping"],
    ["count", "3,250,0", "bad-grouping"],
    ["amount", ",250", "bad-grouping"],
  ])("%s %j → %s", (kind, source, code) => {
    expect(typed(kind, source)).toEqual({ code });
  });

  test.each([["5-3月"], ["1-13月"]])("month range %s is impossible", (range) => {
    expect(typed("date", range, "x-x月")).toEqual({ code: "impossible-date" });
  });

  test("a date without the year a 20XX年 blank needs", () => {
    expect(typed("date", "3月15日", "20XX年")).toEqual({ code: "date-missing-part" });
    expect(typed("date", "3月", "20XX年X月X日")).toEqual({ code: "date-missing-part" });
  });

  // Found in the issue-10 trial: a 201X/X/XX blank refused 3月15日 with "需要日期，如 3月15日 …，实际只有“3月15日”".
  test.each([
    ["201X/X/XX", "3月15日", "“日期”需要年、月、日俱全的日期，如 2023/3/15，实际只有“3月15日”"],
    ["20XX年X月X日", "3月", "“日期”需要年、月、日俱全的日期，如 2023年3月15日，实际只有“3月”"],
    ["20XX年", "3月15日", "“日期”需要年份，如 2023，实际只有“3月15日”"],
    ["20XX年X月", "3月", "“日期”需要年和月，如 2023年3月，实际只有“3月”"],
  ])("a %s blank given %s says which parts it needs", (placeholder, source, wording) => {
    const r = kindSchema("date", { placeholder }).safeParse(source);
    const params = (r.error?.issues[0] as { params?: Record<string, string> } | undefined)?.params;
    const d = error("date-missing-part", { label: "日期", params: { ...params, found: source } });
    expect(formatMessage(d, "zh")).toBe(wording);
  });

  test("a month and day typed for a whole 20XX年X月X日 (a 印发 date) are of this year", () => {
    expect(typed("date", "4月13日", "20XX年X月X日")).toEqual({ text: `${new Date().getFullYear()}年4月13日` });
  });

  test("min and max from fields.yaml bound numbers", () => {
    expect(typed("count", "183", "X", { max: 182 })).toEqual({ code: "out-of-range" });
    expect(typed("percent", "101", "X", { min: 0, max: 100 })).toEqual({ code: "out-of-range" });
    expect(typed("percent", "100", "X", { min: 0, max: 100 })).toEqual({ text: "100" });
    // The bound is on the figure, separators aside: 3,250 is 3250.
    expect(typed("amount", "3,250", "X", { max: 3249 })).toEqual({ code: "out-of-range" });
    expect(typed("amount", "3，250", "X", { min: 3250, max: 3250 })).toEqual({ text: "3,250" });
  });
});
