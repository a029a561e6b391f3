import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXAMPLE, tempDir, xfill } from "../helpers/cli.js";

const T = "county-plenary-speech";
const COUNTIES = "examples/counties";
/** The table with the output folder (a temp path) written as OUT. */
const table = (stdout: string, out: string) => stdout.replaceAll(out, "OUT");

describe("batch over the example counties (4 complete, 1 incomplete, 1 invalid)", () => {
  test("renders the complete ones, refuses the others, prints the outcome table, exit 1", () => {
    const out = join(tempDir(), "成稿");
    const r = xfill(["batch", T, COUNTIES, "-o", out]);
    expect(r.code).toBe(1);
    expect(table(r.stdout, out)).toBe(
      [
        "数据文件                       结果    未填  有误  不认识  成稿 / 原因",
        "examples/counties/安澜县.yaml  已生成     0     0       0  OUT/安澜县.txt",
        "examples/counties/白鹭县.yaml  未生成     4     0       0  有未填或有误的字段，没有生成",
        "examples/counties/柳溪县.yaml  已生成     0     0       0  OUT/柳溪县.txt",
        "examples/counties/青梧县.yaml  已生成     0     0       0  OUT/青梧县.txt",
        "examples/counties/桐川县.yaml  未生成     0     5       0  有未填或有误的字段，没有生成",
        "examples/counties/云台县.yaml  已生成     0     0       0  OUT/云台县.txt",
        "共 6 份：已生成 4 份，未生成 2 份；成稿在 OUT",
        "未生成的，可运行 xfill check county-plenary-speech 数据文件 查看还差什么；加 --draft 可先生成草稿",
        "",
      ].join("\n"),
    );
    expect(readdirSync(out).sort()).toEqual(["云台县.txt", "安澜县.txt", "柳溪县.txt", "青梧县.txt"]);
    const speech = readFileSync(join(out, "青梧县.txt"), "utf8");
    expect(speech).toContain("在县委十六届七次全会上的讲话");
    expect(speech.split("青梧县").length - 1).toBe(25);
    expect(speech).not.toMatch(/[XＸ×](?!”)/u);
  });

  test("--json gives the same facts as data", () => {
    const out = tempDir();
    const r = xfill(["batch", T, COUNTIES, "-o", out, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ template: T, outDir: out, rendered: 4, failed: 2 });
    expect(json.results.map((x: { status: string }) => x.status)).toEqual([
      "rendered",
      "refused",
      "rendered",
      "rendered",
      "refused",
      "rendered",
    ]);
    expect(json.results[1]).toEqual({
      data: `${COUNTIES}/白鹭县.yaml`,
      status: "refused",
      unfilled: 4,
      invalid: 0,
      unknown: 0,
      message: "有未填或有误的字段，没有生成",
    });
    expect(json.results[0]).toEqual({
      data: `${COUNTIES}/安澜县.yaml`,
      output: join(out, "安澜县.txt"),
      status: "rendered",
      unfilled: 0,
      invalid: 0,
      unknown: 0,
    });
  });

  test("--draft renders all six, open and wrong slots marked, exit 0", () => {
    const out = tempDir();
    const r = xfill(["batch", T, COUNTIES, "-o", out, "--draft", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^data file +result +open +wrong +unknown +document \/ reason$/m);
    expect(r.stdout).toMatch(/白鹭县\.yaml +draft +4 +0 +0 /);
    expect(r.stdout).toContain("6 files: 6 rendered, 0 not");
    expect(readFileSync(join(out, "白鹭县.txt"), "utf8")).toContain("【待填：上半年新增城镇就业人数】");
  });

  test("never overwrites without --force: an existing document is a per-file failure; --force replaces it", () => {
    const out = tempDir();
    writeFileSync(join(out, "安澜县.txt"), "上个月的稿子");
    const first = xfill(["batch", T, `${COUNTIES}/安澜县.yaml`, `${COUNTIES}/云台县.yaml`, "-o", out, "--json"]);
    expect(first.code).toBe(1);
    const results = JSON.parse(first.stdout).results;
    expect(results.map((x: { status: string }) => x.status)).toEqual(["exists", "rendered"]);
    expect(results[0].message).toContain("--force");
    expect(readFileSync(join(out, "安澜县.txt"), "utf8")).toBe("上个月的稿子");
    const forced = xfill(["batch", T, `${COUNTIES}/安澜县.yaml`, `${COUNTIES}/云台县.yaml`, "-o", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, "安澜县.txt"), "utf8")).toContain("安澜县");
  });
});

describe("batch inputs and failures", () => {
  test("a quoted glob is expanded by xfill; the output folder is created with its parents", () => {
    const out = join(tempDir(), "a", "b");
    const r = xfill(["batch", T, `${COUNTIES}/[!白桐]*.yaml`, "examples/counties/*县.yaml", "-o", out, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.results).toHaveLength(6);
    expect(existsSync(join(out, "云台县.txt"))).toBe(true);
    expect(r.stderr).toContain("“examples/counties/[!白桐]*.yaml”没有找到数据文件");
  });

  test("an unreadable data file fails alone; the others are rendered", () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, "秦川县.yaml"));
    writeFileSync(join(dir, "坏文件.yaml"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
    writeFileSync(join(dir, "断行.yaml"), "county: [秦川\n");
    const out = join(dir, "out");
    const r = xfill(["batch", T, dir, join(dir, "不存在.yaml"), "-o", out, "--json"]);
    expect(r.code).toBe(1);
    const byName = Object.fromEntries(
      JSON.parse(r.stdout).results.map((x: { data: string }) => [x.data.split("/").pop(), x]),
    );
    expect(byName["秦川县.yaml"].status).toBe("rendered");
    expect(byName["坏文件.yaml"]).toMatchObject({ status: "unreadable", message: expect.stringContaining("二进制") });
    expect(byName["断行.yaml"]).toMatchObject({ status: "refused", message: expect.any(String) });
    expect(byName["不存在.yaml"]).toMatchObject({
      status: "unreadable",
      message: expect.stringContaining("找不到这个文件"),
    });
    expect(readdirSync(out)).toEqual(["秦川县.txt"]);
  });

  test("two data files with one name: the second does not replace the first", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    copyFileSync(EXAMPLE, join(dir, "a", "秦川县.yaml"));
    copyFileSync(EXAMPLE, join(dir, "b", "秦川县.yaml"));
    const r = xfill(["batch", T, join(dir, "a"), join(dir, "b"), "-o", join(dir, "out"), "--force", "--json"]);
    expect(r.code).toBe(1);
    const [first, second] = JSON.parse(r.stdout).results;
    expect(first.status).toBe("rendered");
    expect(second).toMatchObject({ status: "exists", message: expect.stringContaining("数据文件重名") });
  });

  test("usage and I/O errors are exit 2: nothing matched, unknown template, bad format or --jobs, missing -o", () => {
    const out = tempDir();
    const none = xfill(["batch", T, "examples/counties/*.json", "-o", out]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("没有要处理的数据文件");
    expect(xfill(["batch", "no-such-template", COUNTIES, "-o", out]).code).toBe(2);
    expect(xfill(["batch", T, COUNTIES, "-o", out, "--format", "pdf"]).code).toBe(2);
    expect(xfill(["batch", T, COUNTIES, "-o", out, "--jobs", "0"]).stderr).toContain("--jobs 应为正整数");
    const noOut = xfill(["batch", T, COUNTIES]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("请用 -o 指定放成稿的文件夹");
    expect(readdirSync(out)).toEqual([]);
  });

  test("no progress bar when stderr is not a terminal", () => {
    const r = xfill(["batch", T, COUNTIES, "-o", tempDir()]);
    expect(r.stderr).toBe("");
  });
});
