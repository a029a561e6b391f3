import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXAMPLE, HALF_EXAMPLE, SEED, tempDir, xfill } from "../helpers/cli.js";

const T = "county-plenary-speech";
const seedSpeech = readFileSync(SEED, "utf8").split("\n").slice(15).join("\n");

describe("render --blank", () => {
  test("gives back the seed speech character for character", () => {
    const r = xfill(["render", T, "--blank"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(seedSpeech);
    expect(r.stdout).toContain("\u00a0");
  });
});

describe("render", () => {
  test("the complete example renders with no placeholder left but 3+X", () => {
    const r = xfill(["render", T, EXAMPLE]);
    expect(r.code).toBe(0);
    const left = [...r.stdout.matchAll(/[XＸ×]/g)].map((m) => r.stdout.slice(m.index - 2, m.index + 1));
    expect(left).toEqual(["3+X"]);
    expect(r.stdout).toContain("在县委十六届九次全会上的讲话");
    expect(r.stdout).toContain("规模工业总产值42.36亿元，增速-2.8%");
    expect(r.stdout).toContain("增速5.20%");
    expect(r.stdout.split("秦川县").length - 1).toBe(25);
  });

  test("refuses a half-filled file: exit 1, the report on stderr, nothing written", () => {
    const dir = tempDir();
    const out = join(dir, "speech.txt");
    const r = xfill(["render", T, HALF_EXAMPLE, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("还有 22 项未填，5 项有误");
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  test("--draft renders anyway with 【待填：label】 in each open slot", () => {
    const r = xfill(["render", T, HALF_EXAMPLE, "--draft"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("在县委十六届【待填：本次县委全会是本届第几次全会】次全会上的讲话");
    expect(r.stdout).toContain("位居全市第【待填：1-5月限额以上社会消费品零售额增速全市位次】位");
  });

  test('values go in verbatim: & < " stay as typed in text output', () => {
    const dir = tempDir();
    const data = join(dir, "d.yaml");
    writeFileSync(
      data,
      readFileSync(EXAMPLE, "utf8").replace(
        "techUpgradeEnterprise: 秦川建材、华泰化工",
        "techUpgradeEnterprise: 'A&B <科技> \"公司\"'",
      ),
    );
    const r = xfill(["render", T, data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('引导A&B <科技> "公司"等企业');
  });

  test("never overwrites without --force; with it, replaces the file", () => {
    const dir = tempDir();
    const out = join(dir, "speech.txt");
    writeFileSync(out, "yesterday's speech");
    const refused = xfill(["render", T, EXAMPLE, "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("yesterday's speech");
    const forced = xfill(["render", T, EXAMPLE, "-o", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("秦川县");
  });

  test("a missing data file or an unknown template is exit 2 with a Chinese message", () => {
    const missing = xfill(["render", T, "nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml: 找不到这个文件");
    const noTemplate = xfill(["render", "no-such-template", EXAMPLE]);
    expect(noTemplate.code).toBe(2);
    expect(noTemplate.stderr).toContain("找不到模板“no-such-template”");
    expect(noTemplate.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test("TEMPLATE may be a path to a template folder", () => {
    const r = xfill(["render", "templates/county-plenary-speech", "--blank"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(seedSpeech);
  });
});

describe("init", () => {
  test("writes a commented skeleton once, refuses to overwrite it without --force", () => {
    const dir = tempDir();
    const out = join(dir, "某县.yaml");
    expect(xfill(["init", T, "-o", out]).code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("# 本次县委全会的届次（县委第几届）");
    expect(text).toContain("原文：在县委［X］届X次全会上的讲话");
    expect(text).toMatch(/全文共 25 处/);
    writeFileSync(out, text + "# my notes\n");
    expect(xfill(["init", T, "-o", out]).code).toBe(2);
    expect(readFileSync(out, "utf8")).toContain("# my notes");
    expect(xfill(["init", T, "-o", out, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8")).not.toContain("# my notes");
  });
});

describe("check", () => {
  test("the complete example: exit 0", () => {
    const r = xfill(["check", T, EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("全部 69 项已填写，检查通过");
  });

  test("English with --lang en or an English LANG", () => {
    expect(xfill(["check", T, HALF_EXAMPLE, "--lang", "en"]).stdout).toContain(
      "22 unfilled, 5 invalid, 1 unknown (of 69 fields)",
    );
    expect(xfill(["check", T, HALF_EXAMPLE], { env: { LANG: "en_US.UTF-8" } }).stdout).toContain("22 unfilled");
  });

  test("--version alone (answered before the CLI loads) prints what the CLI prints for it among other options", () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"));
    for (const args of [["--version"], ["-V"], ["--lang", "en", "--version"], ["-V", "--debug"]]) {
      const r = xfill(args);
      expect([r.code, r.stdout, r.stderr], args.join(" ")).toEqual([0, `${version}\n`, ""]);
    }
  });

  test("--version; --help with examples on every command the top-level help lists", () => {
    expect(xfill(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const top = xfill(["--help"]).stdout;
    const commands = [...top.slice(top.indexOf("命令：")).matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
    // The commands of the design; the loop below covers any added later as well.
    const designed = [
      "list",
      "scan",
      "import",
      "init",
      "check",
      "render",
      "batch",
      "schema",
      "sync",
      "serve",
      "extract",
    ];
    expect(commands).toEqual(expect.arrayContaining(designed));
    for (const cmd of commands) {
      const r = xfill([cmd, "--help"]);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain("示例：");
      expect(r.stdout, cmd).toContain("$ xfill " + cmd);
    }
  });

  test("every option is described in the language asked for: Chinese by default, English with --lang en", () => {
    const optionLines = (out: string) => out.split("\n").filter((l) => /^ {2}-/.test(l));
    const han = /\p{Script=Han}/u;
    for (const cmd of ["init", "render", "batch", "serve", "sync", "import"]) {
      const zh = optionLines(xfill([cmd, "--help"]).stdout);
      expect(zh.length, cmd).toBeGreaterThan(2);
      for (const line of zh) expect(line, cmd).toMatch(han);
      const en = optionLines(xfill([cmd, "--help", "--lang", "en"]).stdout);
      expect(en.length, cmd).toBe(zh.length);
      // Only the draft mark itself (【待填：label】) is Chinese in the English help.
      for (const line of en) expect(line.replace("【待填：label】", ""), cmd).not.toMatch(han);
    }
    expect(xfill(["sync", "--help", "--lang", "en"]).stdout).toContain("print the change as a unified diff");
    expect(xfill(["init", "--help"]).stdout).toContain("从上期的数据文件生成本期的");
  });

  test("a bad command line is exit 2", () => {
    expect(xfill(["check"]).code).toBe(2);
    expect(xfill(["frobnicate"]).code).toBe(2);
  });
});

describe("command-line mistakes are explained in Chinese", () => {
  test.each<[string[], string]>([
    [["init"], "错误：缺少参数 template"],
    [["chek"], "错误：没有“chek”这个命令，是不是 check？"],
    [["check", "a", "b", "c"], "错误：check 命令最多接受 2 个参数，实际给了 3 个"],
    [["render", "--bogus", "x"], "错误：不认识的选项 --bogus"],
    [["import", "x"], "错误：缺少必需的选项 -o / --output"],
  ])("%j", (args, said) => {
    const r = xfill(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
  });
});
