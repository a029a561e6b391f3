// Values as clerks type them (issue 10): figures with thousands separators, and names typed with the suffix
// the template already prints. Through the real CLI, on a small template folder written here.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, xfill } from "../helpers/cli.js";

const FIELDS = `fields:
  town:
    label: 镇名
    kind: county
  company:
    label: 龙头企业名称
    kind: name
  village:
    label: 示范村名
    kind: place
  secretary:
    label: 党委书记姓名
    kind: person
  output:
    label: 规上工业产值
    kind: amount
    unit: 万元
  households:
    label: 脱贫户数
    kind: count
    unit: 户
  sponsor:
    label: 捐赠企业名称
    kind: name
`;
const HBS =
  "{{town}}镇党委书记{{secretary}}同志带领全镇，{{company}}芯片项目落地，{{village}}村建成示范村，" +
  "规上工业产值{{output}}万元，{{households}}户脱贫，{{sponsor}}为全镇捐赠。\n";

function template(): string {
  const dir = join(tempDir("xfill-typed-"), "t");
  mkdirSync(dir);
  writeFileSync(join(dir, "fields.yaml"), FIELDS);
  writeFileSync(join(dir, "template.hbs"), HBS);
  return dir;
}

function data(dir: string, lines: string[]): string {
  const file = join(dir, "..", "data.yaml");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** A data file for the template above: the typical values, with `values` in place of some (same order, one per line). */
function dataWith(dir: string, values: Partial<Record<keyof typeof TYPICAL, string>>): string {
  return data(
    dir,
    Object.entries({ ...TYPICAL, ...values }).map(([k, v]) => `${k}: ${v}`),
  );
}

const TYPICAL = {
  town: "柳河",
  company: "华芯",
  village: "青石",
  secretary: "王建国",
  output: "3250",
  households: "12",
  sponsor: "华为",
};

describe("figures typed with thousands separators", () => {
  it("3,250 and 3，250 pass check and print as typed (the full-width comma made ASCII)", () => {
    const dir = template();
    const file = dataWith(dir, { output: "3,250", households: "1，204" });
    const check = xfill(["check", dir, file]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const out = xfill(["render", dir, file]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain("规上工业产值3,250万元，1,204户脱贫");
  });

  it("a finished text with 3，250 in it: extract takes the figure, and check accepts it", () => {
    const dir = template();
    const finished = join(dir, "..", "finished.txt");
    writeFileSync(
      finished,
      "柳河镇党委书记王建国同志带领全镇，华芯片项目落地，青石村建成示范村，规上工业产值3，250万元，" +
        "1,204户脱贫，恒通为全镇捐赠。\n",
    );
    const out = join(dir, "..", "extracted.yaml");
    const ex = xfill(["extract", dir, finished, "-o", out]);
    expect(ex.code, ex.stderr).toBe(0);
    const check = xfill(["check", dir, out, "--json"]);
    expect(check.code, check.stdout).toBe(0);
  });

  it("a comma that is not a thousands separator is refused at its line and column, naming the label", () => {
    const dir = template();
    const file = dataWith(dir, { output: "3,25" });
    const check = xfill(["check", dir, file, "--json"]);
    expect(check.code).toBe(1);
    const invalid = (
      JSON.parse(check.stdout) as { invalid: { key: string; line: number; column: number; message: string }[] }
    ).invalid;
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ key: "output", line: 5, column: 9 });
    expect(invalid[0]!.message).toContain("规上工业产值");
    expect(invalid[0]!.message).toContain("3,25");
    expect(invalid[0]!.message).toContain("三位数字");
  });
});

describe("a name typed with the suffix the template already prints", () => {
  it("is warned about at the value's line and column, with the field's label; check still completes", () => {
    const dir = template();
    const file = dataWith(dir, { town: "柳河镇", village: "青石村" });
    const check = xfill(["check", dir, file]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const lines = check.stderr.split("\n");
    const town = lines.find((l) => l.startsWith(`${file}:1:7:`));
    expect(town, check.stderr).toBeDefined();
    expect(town).toContain("镇名");
    expect(town).toContain("柳河镇镇");
    const village = lines.find((l) => l.startsWith(`${file}:3:10:`));
    expect(village, check.stderr).toBeDefined();
    expect(village).toContain("示范村名");
    expect(village).toContain("青石村村");
  });

  it("华芯 before 芯片 is a doubled 芯; 华为 before 为全镇 is not, nor 王书记 before 同志", () => {
    const dir = template();
    const file = dataWith(dir, { secretary: "王书记" });
    const check = xfill(["check", dir, file, "--json"]);
    const warnings = (JSON.parse(check.stdout) as { warnings: { key: string }[] }).warnings.map((w) => w.key);
    expect(warnings).toEqual(["company"]);
  });
});

describe("check names a field once", () => {
  it("a Chinese key is not printed again after its label; an English key still is", () => {
    const dir = join(tempDir("xfill-names-"), "t");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "fields.yaml"),
      `fields:
  完成情况.生产总值:
    label: 生产总值
    kind: amount
    unit: 亿元
  完成情况.生产总值增长:
    label: 生产总值同比增长
    kind: percent
  town:
    label: 镇名
    kind: county
`,
    );
    writeFileSync(
      join(dir, "template.hbs"),
      "{{town}}镇生产总值{{完成情况.生产总值}}亿元，同比增长{{完成情况.生产总值增长}}%。\n",
    );
    const file = data(dir, ["完成情况:", "  生产总值: 约5", "  生产总值增长:"]);
    const check = xfill(["check", dir, file]);
    expect(check.code).toBe(1);
    const lines = check.stdout.split("\n");
    const bad = lines.find((l) => l.includes("生产总值") && !l.includes("增长") && !l.includes(file));
    expect(bad, check.stdout).toBeDefined();
    expect(bad!.split("生产总值").length - 1, bad).toBe(1);
    const open = lines.find((l) => l.includes("生产总值同比增长"));
    expect(open, check.stdout).toBeDefined();
    expect(open).not.toContain("生产总值增长");
    expect(
      lines.some((l) => l.includes("镇名（town）")),
      check.stdout,
    ).toBe(true);
  });
});
