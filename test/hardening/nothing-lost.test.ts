import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { EXAMPLE, ROOT, tempDir, xfill } from "../helpers/cli.js";

describe("outputs that cannot be written: a clear message, exit 2, nothing partial", () => {
  test("a folder that does not exist", () => {
    const dir = tempDir();
    const r = xfill(["render", "county-plenary-speech", EXAMPLE, "-o", join(dir, "没有这个文件夹", "讲话.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("没有这个文件夹 不存在");
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a read-only place (/sys refuses writes even to root)", () => {
    const r = xfill(["render", "county-plenary-speech", EXAMPLE, "-o", "/sys/xfill-讲话.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("没有写入权限");
    expect(existsSync("/sys/xfill-讲话.txt")).toBe(false);
  });
});

describe("writeOutput", () => {
  test("a disk that fills up mid-write leaves the old file intact and no temp file", async () => {
    vi.resetModules();
    vi.doMock("node:fs", async (importOriginal) => {
      const real = await importOriginal<typeof import("node:fs")>();
      return {
        ...real,
        // Half the bytes reach the disk, then it is full.
        writeSync: (fd: number, bytes: Uint8Array, offset: number, length: number) => {
          real.writeSync(fd, bytes, offset, Math.floor(length / 2));
          throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
        },
      };
    });
    const { writeOutput } = await import("../../src/render/write-output.js");
    const dir = tempDir();
    const target = join(dir, "讲话.txt");
    writeFileSync(target, "昨天的讲话");
    const failed = await writeOutput(target, "新的讲话".repeat(1000), true);
    expect(failed.ok).toBe(false);
    expect(failed.diagnostics[0]?.code).toBe("disk-full");
    expect(readFileSync(target, "utf8")).toBe("昨天的讲话");
    expect(readdirSync(dir)).toEqual(["讲话.txt"]);
    vi.doUnmock("node:fs");
  });

  test("Ctrl-C mid-write leaves the old file intact and no temp file", async () => {
    const dir = tempDir();
    const target = join(dir, "讲话.docx");
    writeFileSync(target, "昨天的讲话");
    // A child that writes 400 MB through writeOutput, with the CLI's interrupt handling installed.
    const script = `
      import { writeOutput } from ${JSON.stringify(join(ROOT, "dist", "render", "write-output.js"))};
      import { cancelWritesOnInterrupt } from ${JSON.stringify(join(ROOT, "dist", "cli", "interrupts.js"))};
      cancelWritesOnInterrupt();
      await writeOutput(${JSON.stringify(target)}, new Uint8Array(400 * 1024 * 1024), true);
      console.log("finished");`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    // Interrupt as soon as the temp file exists.
    for (let i = 0; i < 500 && !readdirSync(dir).some((f) => f.endsWith(".tmp")); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual(["讲话.docx"]);
    expect(readFileSync(target, "utf8")).toBe("昨天的讲话");
  });
});

describe("Ctrl-C when nothing is being written", () => {
  test("ends a long scan at once (no handler waits for a busy event loop)", async () => {
    const dir = tempDir();
    const big = join(dir, "big.txt");
    writeFileSync(big, "全县规模工业总产值X亿元，增速X%，位居全市第X位。\n".repeat(600_000));
    const child = spawn(process.execPath, [join(ROOT, "dist", "bin", "xfill.js"), "scan", big, "--json"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let out = 0;
    child.stdout.on("data", (b: Buffer) => (out += b.length));
    await new Promise((r) => setTimeout(r, 300));
    child.kill("SIGINT");
    const [code, signal] = await new Promise<[number | null, string | null]>((r) =>
      child.on("exit", (c, s) => r([c, s])),
    );
    // Killed by the signal, not run to its end (which would print the whole JSON and exit 0).
    expect([code, signal]).toEqual([null, "SIGINT"]);
    expect(out).toBe(0);
  });
});
