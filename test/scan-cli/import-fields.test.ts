import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { tempDir, xfill } from "../helpers/cli.js";

// A county speech as web pages have it: the county masked four ways, spaces around masks, two parts.
const RAW = [
  "在XX县经济工作会议上的讲话",
  "同志们：",
  "一、上半年工作回顾",
  "上半年，全县实现地区生产总值X亿元，同比增长X%，位居全市第 X 名；一般公共预算收入X亿元，同比增长X%。",
  "XX 县长主持会议。推动XX高质量发展，某县干部群众干劲十足。",
  "二、下半年工作安排",
  "20xx 年，全县力争地区生产总值X亿元。",
].join("\n");

test("import: one county field however masked, spaces around slots removed, Chinese keys under the headings, labels a clerk reads", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "raw.txt"), RAW + "\n");
  const r = xfill(["import", join(dir, "raw.txt"), "-o", join(dir, "tpl")]);
  expect(r.code, r.stderr).toBe(0);
  // The county written XX县, XX (before 高质量发展) and 某县 is one field however masked, and the merge is
  // reported; the Chinese key (县名) is the label's own words: the merge is named once.
  expect(r.stderr).toMatch(/ 县名（不含“县”字）：3 处，写作 XX县、XX、某县\n/);
  const hbs = readFileSync(join(dir, "tpl", "template.hbs"), "utf8");
  expect(hbs).toContain("在{{县名}}县经济工作会议上的讲话");
  expect(hbs).toContain("推动{{县名}}高质量发展，{{县名}}县干部群众");
  expect(hbs).toContain("位居全市第{{上半年工作回顾.");
  expect(hbs).toMatch(/\}\}名；/);
  expect(hbs).toMatch(/\{\{[^}]+\}\}县长主持会议/);
  expect(hbs).toMatch(/\n\{\{下半年工作安排\.报告年份\}\}，全县/);
  const { fields, sections } = parse(readFileSync(join(dir, "tpl", "fields.yaml"), "utf8"));
  expect(sections).toEqual({ 上半年工作回顾: "上半年工作回顾", 下半年工作安排: "下半年工作安排" });
  const labels = Object.values(fields).map((f) => (f as { label: string }).label);
  expect(labels).toEqual(
    expect.arrayContaining([
      "县名（不含“县”字）",
      "地区生产总值",
      "地区生产总值同比增长",
      "一般公共预算收入",
      "一般公共预算收入同比增长",
      "县长姓名",
      "报告年份",
      "地区生产总值（下半年工作安排）",
    ]),
  );
  expect(new Set(labels).size).toBe(labels.length);
  expect(labels.filter((l) => /第\d+处|[XxＸｘ]|[，。；]/.test(l))).toEqual([]);
  expect(fields["上半年工作回顾.地区生产总值"]).toMatchObject({ kind: "amount", unit: "亿元" });
  expect(fields["上半年工作回顾.地区生产总值同比增长"]).toMatchObject({ kind: "percent", unit: "%" });
  // The blank render is the speech without the spaces that stood around the masks.
  const blank = xfill(["render", join(dir, "tpl"), "--blank"]);
  expect(blank.stdout).toContain("位居全市第X名；");
  expect(blank.stdout).toContain("XX县长主持会议");
  expect(blank.stdout).toContain("20xx年，全县");
  // Each slot of the one county field keeps its own spelling: the original comes back, 某县 and all.
  expect(blank.stdout).toContain("推动XX高质量发展，某县干部群众干劲十足");
  // The same document imported twice gives the same keys.
  xfill(["import", join(dir, "raw.txt"), "-o", join(dir, "tpl2")]);
  expect(readFileSync(join(dir, "tpl2", "fields.yaml"), "utf8")).toBe(
    readFileSync(join(dir, "tpl", "fields.yaml"), "utf8"),
  );
});

test("init on an imported template: a group whose key is its heading is not commented with the same words again", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "raw.txt"), RAW + "\n");
  expect(xfill(["import", join(dir, "raw.txt"), "-o", join(dir, "tpl")]).code).toBe(0);
  const skeleton = xfill(["init", join(dir, "tpl")]).stdout;
  expect(skeleton).toMatch(/^上半年工作回顾:$/m);
  expect(skeleton).toMatch(/^下半年工作安排:$/m);
  expect(skeleton).not.toContain("# 上半年工作回顾");
  // The built-in template's English keys keep their Chinese heading.
  expect(xfill(["init", "county-plenary-speech"]).stdout).toMatch(/^review: {2}# 上半年工作回顾$/m);
});

test("import: blanks written ＿＿ (a Chinese input method's underscores) get the labels they get written XX", () => {
  const dir = tempDir();
  const text = (mask: string) =>
    `${mask}县2023年工作报告\n新建总投资${mask}亿元的年产${mask}吨饲料项目。赋予${mask}、${mask}、${mask}平台公司完全市场主体地位。\n`;
  const labels = (mask: string, name: string) => {
    writeFileSync(join(dir, `${name}.txt`), text(mask));
    expect(xfill(["import", join(dir, `${name}.txt`), "-o", join(dir, name)]).code).toBe(0);
    const fields = parse(readFileSync(join(dir, name, "fields.yaml"), "utf8")).fields as Record<
      string,
      { label: string }
    >;
    return Object.values(fields).map((f) => f.label);
  };
  const lined = labels("＿＿", "lined");
  // No label keeps a mask or the words of another blank (it read 新建总投资＿＿亿元的年产, 赋予名称, 名称).
  expect(lined.filter((l) => /[＿X]/.test(l))).toEqual([]);
  expect(lined).toEqual(labels("XX", "masked"));
});
