import { execFileSync } from "node:child_process";
import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";
import { deflatedZeros, zipOf } from "../helpers/zip-bomb.js";
import { hasStackTrace, xfillLimited } from "./limited.js";

const BUILTIN = join(ROOT, "templates", "county-plenary-speech");

// These run the CLI under `ulimit -v` on every Node major. (On Node 22 they once died at start-up: importing
// node:http as an ES module loaded undici, which reserves WebAssembly memory; serve now requires it lazily.)
const describeLimited = describe;

/** A copy of the built-in template in a fresh folder, to be tampered with. */
function templateCopy(): { root: string; dir: string } {
  const root = tempDir();
  const dir = join(root, "t");
  cpSync(BUILTIN, dir, { recursive: true });
  return { root, dir };
}

describeLimited("finding 1: only regular files are read, each under its cap", () => {
  test.each(["/dev/zero", "/dev/urandom"])("check TEMPLATE %s ends at once with exit 2", (device) => {
    const r = xfillLimited(["check", "county-plenary-speech", device], { vmKb: 700_000, timeoutMs: 120_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是普通文件");
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.ms).toBeLessThan(90_000);
  });

  test("a FIFO as data file or document does not hang", () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "data.yaml")]);
    const check = xfillLimited(["check", "county-plenary-speech", join(dir, "data.yaml")], { timeoutMs: 120_000 });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("不是普通文件");
    const scan = xfillLimited(["scan", join(dir, "data.yaml")], { timeoutMs: 120_000 });
    expect(scan.code).toBe(2);
    expect(hasStackTrace(scan.stderr + check.stderr)).toBe(false);
  });

  test("template.hbs linked to /dev/zero, or a FIFO, is refused without a crash", () => {
    const a = templateCopy();
    execFileSync("rm", [join(a.dir, "template.hbs")]);
    symlinkSync("/dev/zero", join(a.dir, "template.hbs"));
    const zero = xfillLimited(["init", a.dir], { vmKb: 700_000, timeoutMs: 120_000 });
    expect(zero.code).toBe(2);
    expect(hasStackTrace(zero.stderr)).toBe(false);
    const b = templateCopy();
    execFileSync("rm", [join(b.dir, "fields.yaml")]);
    execFileSync("mkfifo", [join(b.dir, "fields.yaml")]);
    const fifo = xfillLimited(["init", b.dir], { timeoutMs: 120_000 });
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain("不是普通文件");
  });

  test("a data file over 1 MB is refused naming the limit", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.yaml"), `county: 秦川\n# ${"x".repeat(1024 * 1024)}\n`);
    const r = xfillLimited(["check", "county-plenary-speech", join(dir, "big.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("超过上限 1 MB");
  });
});

describeLimited("finding 2: a template folder stays in its folder", () => {
  test("template.hbs linked to /etc/passwd: refused, nothing of the file printed", () => {
    const { dir } = templateCopy();
    execFileSync("rm", [join(dir, "template.hbs")]);
    symlinkSync("/etc/passwd", join(dir, "template.hbs"));
    const out = join(dir, "..", "out.txt");
    const r = xfillLimited(["render", dir, join(ROOT, "examples", "秦川县.yaml"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("模板文件夹");
    expect(r.stdout + r.stderr).not.toContain("root:");
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test("fields.yaml linked to a secret elsewhere: its lines never reach the message", () => {
    const { root, dir } = templateCopy();
    writeFileSync(join(root, "secret.yaml"), "password: hunter2-SECRET\n");
    execFileSync("rm", [join(dir, "fields.yaml")]);
    symlinkSync("../secret.yaml", join(dir, "fields.yaml"));
    for (const args of [
      ["init", dir],
      ["check", dir, join(ROOT, "examples", "秦川县.yaml")],
      ["schema", dir],
    ]) {
      const r = xfillLimited(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stdout + r.stderr).not.toContain("hunter2");
    }
  });

  test("template.docx linked to a Word file elsewhere: refused, not filled in place", async () => {
    const { root, dir } = templateCopy();
    const secret = new Document({ sections: [{ children: [new Paragraph("机密文件 SECRET-7731")] }] });
    writeFileSync(join(root, "secret.docx"), await Packer.toBuffer(secret));
    symlinkSync("../secret.docx", join(dir, "template.docx"));
    const out = join(root, "out.docx");
    const r = xfillLimited(["render", dir, join(ROOT, "examples", "秦川县.yaml"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("template.docx: 指向模板文件夹");
    expect(existsSync(out)).toBe(false);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test("a hard link to a file elsewhere is refused: a second name cannot be told from the original", () => {
    const { root, dir } = templateCopy();
    writeFileSync(join(root, "secret.txt"), "SECRET-4471 {{county}}\n");
    execFileSync("rm", [join(dir, "template.hbs")]);
    linkSync(join(root, "secret.txt"), join(dir, "template.hbs"));
    for (const args of [
      ["init", dir],
      ["render", dir, "--blank"],
    ]) {
      const r = xfillLimited(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toMatch(/template\.hbs: 还有 1 个别的名字（硬链接）/);
      expect(r.stdout + r.stderr).not.toContain("SECRET-4471");
    }
    // A copy is fine: the message's advice works.
    execFileSync("rm", [join(dir, "template.hbs")]);
    cpSync(join(ROOT, "templates", "county-plenary-speech", "template.hbs"), join(dir, "template.hbs"));
    expect(xfillLimited(["init", dir]).code).toBe(0);
    expect(readFileSync(join(root, "secret.txt"), "utf8")).toContain("SECRET-4471");
  });

  test("a link to another file inside the folder is fine", () => {
    const { dir } = templateCopy();
    execFileSync("mv", [join(dir, "template.hbs"), join(dir, "speech.hbs")]);
    symlinkSync("speech.hbs", join(dir, "template.hbs"));
    const r = xfillLimited(["init", dir]);
    expect(r.code).toBe(0);
  });
});

describeLimited("finding 4: a zip bomb is stopped at the part limit, in bounded memory", () => {
  test("scan and check of a .docx expanding to 1 GB, under ulimit -v of 0.7 GB above Node's own", () => {
    const dir = tempDir();
    const bomb = join(dir, "bomb.docx");
    writeFileSync(bomb, zipOf([{ name: "word/document.xml", data: deflatedZeros(4_200_000), declaredSize: 4096 }]));
    for (const cmd of ["scan", "check"]) {
      const r = xfillLimited([cmd, bomb], { vmKb: 700_000, timeoutMs: 120_000 });
      expect(r.code, cmd).toBe(2);
      expect(r.stderr).toContain("word/document.xml 解压后超过 64 MB");
      expect(r.stderr).toContain("压缩炸弹");
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.ms).toBeLessThan(90_000);
    }
  });

  test("a zip64 .docx (as `zip -fz` writes it) is refused in plain words", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "parts", "word"), { recursive: true });
    writeFileSync(join(dir, "parts", "[Content_Types].xml"), "<Types/>");
    writeFileSync(
      join(dir, "parts", "word", "document.xml"),
      '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>X县</w:t></w:r></w:p></w:body></w:document>',
    );
    execFileSync("zip", ["-q", "-fz", "-r", join(dir, "z64.docx"), "."], { cwd: join(dir, "parts") });
    for (const cmd of ["scan", "check", "import"]) {
      const r = xfillLimited(
        cmd === "import" ? [cmd, join(dir, "z64.docx"), "-o", join(dir, "t")] : [cmd, join(dir, "z64.docx")],
      );
      expect(r.code, cmd).toBe(2);
      expect(r.stderr).toContain("z64.docx: 是 ZIP64 格式的压缩包");
      expect(r.stderr).not.toContain("已损坏");
    }
  });

  test("a damaged .docx is named as such", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "d"));
    writeFileSync(join(dir, "d", "bad.docx"), "PK\u0003\u0004 not really");
    const r = xfillLimited(["scan", join(dir, "d", "bad.docx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是有效的 Word 文档");
  });
});
