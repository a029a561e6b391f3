import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readRegularFile } from "../../src/source/read-regular-file.js";
import { tempDir } from "../helpers/cli.js";

const codeOf = (r: Awaited<ReturnType<typeof readRegularFile>>) => (r.ok ? "ok" : r.diagnostics[0]!.code);

describe("readRegularFile: regular files only, the cap enforced while reading", () => {
  test("a regular file is read whole", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "你好");
    const r = await readRegularFile(join(dir, "a.txt"), { maxBytes: 100 });
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe("你好");
  });

  test("one byte over the cap is refused; exactly the cap is read", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "x".repeat(101));
    writeFileSync(join(dir, "b.txt"), "x".repeat(100));
    const over = await readRegularFile(join(dir, "a.txt"), { maxBytes: 100 });
    expect(over.ok ? undefined : over.diagnostics[0]).toMatchObject({
      code: "file-too-large",
      params: { max: "100 B" },
    });
    expect(codeOf(await readRegularFile(join(dir, "b.txt"), { maxBytes: 100 }))).toBe("ok");
  });

  test("/dev/zero, /dev/null and a FIFO are refused at once, without reading or waiting", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "fifo")]);
    const started = Date.now();
    expect(codeOf(await readRegularFile("/dev/zero", { maxBytes: 1024 }))).toBe("not-regular-file");
    expect(codeOf(await readRegularFile("/dev/null", { maxBytes: 1024 }))).toBe("not-regular-file");
    expect(codeOf(await readRegularFile(join(dir, "fifo"), { maxBytes: 1024 }))).toBe("not-regular-file");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test.skipIf(process.platform !== "linux")("a /proc file (stat size 0) is still held to the cap", async () => {
    expect(codeOf(await readRegularFile("/proc/self/status", { maxBytes: 50 }))).toBe("file-too-large");
    expect(codeOf(await readRegularFile("/proc/self/status", { maxBytes: 1024 * 1024 }))).toBe("ok");
  });

  test("a folder, a missing file", async () => {
    const dir = tempDir();
    expect(codeOf(await readRegularFile(dir, { maxBytes: 10 }))).toBe("is-directory");
    expect(codeOf(await readRegularFile(join(dir, "none"), { maxBytes: 10 }))).toBe("file-not-found");
  });

  describe("within a folder", () => {
    test("links pointing outside are refused; links inside are followed", async () => {
      const root = tempDir();
      const folder = join(root, "t");
      mkdirSync(folder);
      writeFileSync(join(root, "secret.txt"), "SECRET");
      writeFileSync(join(folder, "real.txt"), "inside");
      symlinkSync("/etc/passwd", join(folder, "passwd"));
      symlinkSync("../secret.txt", join(folder, "relative"));
      symlinkSync("real.txt", join(folder, "alias"));
      mkdirSync(join(folder, "sub"));
      symlinkSync("../../secret.txt", join(folder, "sub", "deep"));
      symlinkSync("/dev/zero", join(folder, "zero"));
      const read = (name: string) => readRegularFile(name, { maxBytes: 1024, within: folder });
      for (const name of ["passwd", "relative", "sub/deep", "../secret.txt", "zero"]) {
        const r = await read(name);
        expect(r.ok ? "ok" : r.diagnostics[0]!.code, name).toBe("outside-folder");
        expect(JSON.stringify(r)).not.toContain("SECRET");
        expect(JSON.stringify(r)).not.toContain("root:");
      }
      const alias = await read("alias");
      expect(alias.ok && new TextDecoder().decode(alias.bytes)).toBe("inside");
      expect(alias.ok && alias.path).toBe(join(folder, "alias"));
    });

    test("the folder itself may be reached through a link", async () => {
      const root = tempDir();
      mkdirSync(join(root, "real"));
      writeFileSync(join(root, "real", "a.txt"), "a");
      symlinkSync("real", join(root, "link"));
      expect(codeOf(await readRegularFile("a.txt", { maxBytes: 10, within: join(root, "link") }))).toBe("ok");
    });

    test("a FIFO inside the folder is refused", async () => {
      const folder = tempDir();
      execFileSync("mkfifo", [join(folder, "template.hbs")]);
      expect(codeOf(await readRegularFile("template.hbs", { maxBytes: 10, within: folder }))).toBe("not-regular-file");
    });
  });
});
