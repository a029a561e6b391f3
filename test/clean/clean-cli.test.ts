import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXAMPLE, SEED, tempDir, xfill } from "../helpers/cli.js";

const speech = readFileSync(SEED, "utf8").split("\n").slice(15).join("\n");
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");

describe("import cleans a copied template", () => {
  test("a hard-wrapped copy with chrome at both ends gives back the speech in paragraphs", () => {
    const dir = tempDir();
    const wrapped = speech.split("\n").flatMap((l) => (l === "" ? [""] : l.match(/[\s\S]{1,34}/gu)!));
    const raw = [
      "首页 > 范文 > 讲话稿",
      "2023-06-18",
      "28.6KB",
      "12 页",
      "举报",
      ...wrapped,
      "上一篇：在全县组织工作会议上的讲话",
      "本文档仅供学习交流使用，禁止外传",
    ];
    writeFileSync(join(dir, "raw.txt"), raw.join("\n") + "\n");
    const r = xfill(["import", join(dir, "raw.txt"), "-o", join(dir, "tpl")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("删去了 7 行");
    const last = raw.length;
    for (const n of [1, 2, 3, 4, 5, last - 1, last]) expect(r.stderr).toMatch(new RegExp(`^  ${n}: `, "m"));
    expect(r.stderr).toMatch(/已把 \d+ 处断行接回段落/);
    const blank = xfill(["render", join(dir, "tpl"), "--blank"]);
    expect(squeeze(blank.stdout)).toBe(squeeze(speech));
    expect(blank.stdout.split("\n")[0]).toBe("在县委X届X次全会上的讲话");
  });

  test("a text that is mostly advert is refused: exit 1, the reason, every line it would drop, no folder", () => {
    const dir = tempDir();
    const raw = [
      "仅供学习 禁止外传",
      "酷乐文行",
      "现在订阅立享前3年的所有权益和资料",
      "【打击倒卖活动】",
      "会员群：  免费QQ群：",
      "X县召开会议。",
      "举报倒卖会员资料的人，举报成功免费赠送一年会员材料！",
    ];
    writeFileSync(join(dir, "raw.txt"), raw.join("\n") + "\n");
    const r = xfill(["import", join(dir, "raw.txt"), "-o", join(dir, "tpl")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("像是广告或网页文字，超过四分之一，没有生成模板");
    for (const n of [1, 2, 3, 4, 5, 7]) expect(r.stderr).toMatch(new RegExp(`^  ${n}: `, "m"));
    expect(r.stderr).not.toMatch(/^ {2}6: /m);
    expect(existsSync(join(dir, "tpl"))).toBe(false);
  });
});

describe("check FILE flags web lines left in a finished document", () => {
  test("a date, a file size and 举报 around a finished speech: exit 1, each line named", () => {
    const dir = tempDir();
    const done = xfill(["render", "county-plenary-speech", EXAMPLE]).stdout;
    writeFileSync(join(dir, "done.txt"), "2023-06-18\n28.6KB\n" + done + "举报\n");
    const r = xfill(["check", join(dir, "done.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/done\.txt:1:1: 这一行像是网页或广告文字（网页上的日期）：2023-06-18/);
    expect(r.stderr).toMatch(/done\.txt:2:1: 这一行像是网页或广告文字（文件大小）：28\.6KB/);
    expect(r.stderr).toContain("举报");
    expect(r.stderr).toContain("有 3 行像是网页或广告文字");
    expect(r.stdout).not.toContain("可以付印");
    const json = JSON.parse(xfill(["check", join(dir, "done.txt"), "--json"]).stdout);
    expect(json.complete).toBe(false);
    expect(json.invalid.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [1, "web-line"],
      [2, "web-line"],
      [done.split("\n").length + 2, "web-line"],
    ]);
  });

  test("the finished example speech raises no false alarm", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "done.txt"), xfill(["render", "county-plenary-speech", EXAMPLE]).stdout);
    const r = xfill(["check", join(dir, "done.txt")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("可以付印");
  });
});
