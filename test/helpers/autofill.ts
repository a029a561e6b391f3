import { buildSkeleton, type Template } from "../../src/index.js";
import { setScalar } from "../../src/data/yaml-edit.js";

/**
 * Fills every field of a template with a made-up value by kind (each value distinct, within min/max), into
 * the template's own skeleton: the "fully auto-filled data file" of the tests. Returns the text and the values.
 */
export function autofill(template: Template): { text: string; values: Map<string, string> } {
  const names = ["青石", "白河", "云台", "金岭", "松峰", "兰溪", "石门", "龙潭", "凤鸣", "柳湾"];
  const people = ["张建国", "李红梅", "王志强", "赵丽华", "陈立新", "刘晓东", "杨春生", "周文斌"];
  let text = buildSkeleton(template, "zh");
  const values = new Map<string, string>();
  template.fields.forEach((f, i) => {
    const n = i + 1;
    const within = (v: number) => Math.min(f.max ?? Infinity, Math.max(f.min ?? -Infinity, v));
    const value = {
      county: () => "青川",
      place: () => names[n % names.length]! + "甲乙丙丁戊己庚辛壬癸"[Math.floor(n / 10) % 10],
      person: () => people[n % people.length]! + "子丑寅卯辰巳午未申酉"[Math.floor(n / 8) % 10],
      name: () => `测试名称${n}号`,
      count: () => String(within(3 + n)),
      amount: () => (f.max !== undefined && f.max < 10 + n ? within(n % 9).toFixed(2) : `${10 + n}.30`),
      percent: () => (f.max !== undefined && f.max < 20 ? within(n % 20).toFixed(1) : `${n % 20}.${n % 7}`),
      rank: () => String(1 + (n % 9)),
      date: () => (f.placeholder.includes("日") ? `${1 + (n % 12)}月${10 + (n % 18)}日` : `${1 + (n % 12)}月`),
      ordinal: () => String(10 + (n % 10)),
    }[f.kind]();
    values.set(f.key, value);
    const edit = setScalar(text, f.key.split("."), value);
    if (!edit.ok) throw new Error(`autofill: ${f.key}: ${edit.diagnostics[0]!.code}`);
    text = edit.text;
  });
  return { text, values };
}
