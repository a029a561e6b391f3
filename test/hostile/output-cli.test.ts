import { spawn, spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIN, EXAMPLE, ROOT, SEED, tempDir, xfill } from "../helpers/cli.js";
import { hasStackTrace, xfillLimited } from "./limited.js";

const sh = (script: string) =>
  spawnSync("/bin/sh", ["-c", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
  });
const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

describe("finding 7: output errors end cleanly", () => {
  test("a closed pipe (| head -1) ends quietly", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.txt"), "全县规模工业总产值X亿元，增速X%。\n".repeat(20_000));
    const err = join(dir, "err.txt");
    for (const args of [
      `scan ${q(join(dir, "big.txt"))}`,
      `scan --json ${q(join(dir, "big.txt"))}`,
      `render county-plenary-speech ${q(EXAMPLE)}`,
    ]) {
      const r = sh(`${q(process.execPath)} ${q(BIN)} ${args} 2>${q(err)} | head -1`);
      expect(r.stdout.split("\n").filter(Boolean).length, args).toBe(1);
      expect(readFileSync(err, "utf8"), args).toBe("");
    }
  });

  test("> /dev/full: exit 2 with a sentence, no stack", () => {
    for (const args of ["init county-plenary-speech", `scan ${q(SEED)}`, "list"]) {
      const r = sh(`${q(process.execPath)} ${q(BIN)} ${args} > /dev/full; echo "exit=$?" >&2`);
      expect(r.stderr, args).toContain("exit=2");
      expect(r.stderr).toContain("磁盘空间已满");
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});

/** Runs a command with its stdout on a pipe set non-blocking (as some parents leave it), read only after a pause. */
const NON_BLOCKING_PIPE = `
import os, subprocess, sys, time
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
time.sleep(0.5)
out = []
while True:
    b = os.read(r, 65536)
    if not b:
        break
    out.append(b)
sys.stdout.buffer.write(b"".join(out))
sys.exit(p.wait())
`;
const hasPython = spawnSync("python3", ["-c", "import os; os.set_blocking"]).status === 0;

describe("output to a non-blocking pipe", () => {
  // Writes go straight to the descriptor; a full non-blocking pipe refuses them (EAGAIN) and the rest must go
  // through Node's stream, whole and in order. 400 KB is several times what a pipe holds.
  test.skipIf(!hasPython)("a full pipe that refuses writes (EAGAIN) still gets the whole output, in order", () => {
    const dir = tempDir();
    const big = join(dir, "big.txt");
    writeFileSync(big, "全县规模工业总产值X亿元，增速X%，位居全市第X位。\n".repeat(3_000));
    const args = [BIN, "scan", "--json", big];
    const direct = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(direct.status).toBe(0);
    expect(direct.stdout.length).toBeGreaterThan(400_000);
    const piped = spawnSync("python3", ["-c", NON_BLOCKING_PIPE, process.execPath, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
      timeout: 60_000,
    });
    expect(piped.stderr).toBe("");
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(direct.stdout);
  });
});

describe("finding 9: --force keeps the file's mode and replaces only regular files", () => {
  test("a 0600 file stays 0600; a 0640 file stays 0640", () => {
    const dir = tempDir();
    for (const mode of [0o600, 0o640]) {
      const out = join(dir, `讲话-${mode.toString(8)}.txt`);
      writeFileSync(out, "旧");
      chmodSync(out, mode);
      const r = xfill(["render", "county-plenary-speech", EXAMPLE, "-o", out, "--force"]);
      expect(r.code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(mode);
      expect(readFileSync(out, "utf8")).toContain("秦川县");
    }
  });

  test("-o /dev/null --force and a FIFO are refused, left as they were", () => {
    const dir = tempDir();
    spawnSync("mkfifo", [join(dir, "pipe.txt")]);
    for (const target of ["/dev/null", join(dir, "pipe.txt")]) {
      const r = xfill(["render", "county-plenary-speech", EXAMPLE, "-o", target, "--force"]);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain("不是普通文件");
    }
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(statSync(join(dir, "pipe.txt")).isFIFO()).toBe(true);
  });
});

describe("init's schema beside the data file is read only if it is a regular file", () => {
  test("a FIFO where the schema goes: refused at once (exit 2), nothing hangs, no data file written", () => {
    const dir = tempDir();
    const schema = join(dir, "county-plenary-speech.schema.json");
    spawnSync("mkfifo", [schema]);
    const started = Date.now();
    const r = xfill(["init", "county-plenary-speech", "-o", join(dir, "某县.yaml")]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是普通文件");
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["county-plenary-speech.schema.json"]);
    expect(statSync(schema).isFIFO()).toBe(true);
  });
});

describe("finding 10: temp names fit whenever the target's name does", () => {
  test("an 80-character Chinese name (244 bytes) is written; one over the system's limit is named in Chinese", () => {
    const dir = tempDir();
    const long = join(dir, `${"县".repeat(80)}.txt`);
    expect(xfill(["render", "county-plenary-speech", EXAMPLE, "-o", long]).code).toBe(0);
    expect(readFileSync(long, "utf8")).toContain("秦川县");
    const tooLong = xfill(["render", "county-plenary-speech", EXAMPLE, "-o", join(dir, `${"县".repeat(90)}.txt`)]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain("文件名太长");
    expect(tooLong.stderr).not.toContain("ENAMETOOLONG:");
  });

  test("-o newdir/ says a file name is needed, not that '.' is missing", () => {
    const r = xfill(["render", "county-plenary-speech", EXAMPLE, "-o", `${tempDir()}/newdir/`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("newdir/: 以“/”结尾，是文件夹的写法；请在后面加上文件名");
  });
});

describe("finding 6: after kill -9 the next run cleans up; Ctrl-C in a long batch is prompt", () => {
  test("a temp file left by a killed write is removed by the next write into that folder", async () => {
    const dir = tempDir();
    const target = join(dir, "讲话.docx");
    const script = `
      import { writeOutput } from ${JSON.stringify(join(ROOT, "dist", "render", "write-output.js"))};
      await writeOutput(${JSON.stringify(target)}, new Uint8Array(400 * 1024 * 1024), true);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "ignore" });
    const temps = () => readdirSync(dir).filter((f) => f.endsWith(".tmp"));
    for (let i = 0; i < 1000 && temps().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    expect(temps()).toHaveLength(1);
    expect(temps()[0]).toMatch(/^\.xfill-\d+-[0-9a-z]+\.tmp$/);
    const r = xfill(["render", "county-plenary-speech", EXAMPLE, "-o", join(dir, "另一份.txt")]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["另一份.txt"]);
  }, 60_000);

  test("Ctrl-C during a batch with worker threads ends within 3 s, leaving no temp file", async () => {
    const root = tempDir();
    const data = join(root, "data");
    const out = join(root, "out");
    spawnSync("mkdir", [data]);
    const source = readFileSync(EXAMPLE, "utf8");
    for (let i = 0; i < 400; i++) writeFileSync(join(data, `c${i}.yaml`), source);
    const child = spawn(
      process.execPath,
      [BIN, "batch", "county-plenary-speech", data, "-o", out, "--format", "docx", "--jobs", "2", "--force"],
      { stdio: "ignore" },
    );
    const exited = new Promise<number | string | null>((r) => child.on("exit", (c, s) => r(c ?? s)));
    for (let i = 0; i < 3000; i++) {
      await new Promise((r) => setTimeout(r, 10));
      try {
        if (readdirSync(out).length >= 5) break;
      } catch {
        /* not created yet */
      }
    }
    const started = Date.now();
    child.kill("SIGINT");
    expect([130, "SIGINT"]).toContain(await exited);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 90_000);
});

describe("finding 13: the format matches the name", () => {
  test.each([
    [["-o", "讲话.pdf"], "不会写 .pdf 格式"],
    [["-o", "讲话.doc"], "不会写 .doc 格式"],
    [["-o", "讲话.docx", "--format", "txt"], "不一致"],
    [["-o", "讲话.txt", "--format", "html"], "不一致"],
    [["--format", "pdf"], "不支持的格式“pdf”"],
  ])("render %j is refused before anything is written", (args, words) => {
    const dir = tempDir();
    const r = xfill(["render", "county-plenary-speech", EXAMPLE, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("agreeing names and flags still work: .htm with --format html, no extension with --format md", () => {
    const dir = tempDir();
    expect(
      xfill(["render", "county-plenary-speech", EXAMPLE, "-o", "a.htm", "--format", "html"], { cwd: dir }).code,
    ).toBe(0);
    expect(
      xfill(["render", "county-plenary-speech", EXAMPLE, "-o", "讲话稿", "--format", "md"], { cwd: dir }).code,
    ).toBe(0);
    expect(readFileSync(join(dir, "a.htm"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(dir, "讲话稿"), "utf8")).toContain("# ");
  });
});

describe("finding 14: --jobs is bounded by the cores", () => {
  test("--jobs 100 runs with at most one thread per core and says so", () => {
    const root = tempDir();
    const data = join(root, "data");
    spawnSync("mkdir", [data]);
    const source = readFileSync(EXAMPLE, "utf8");
    for (let i = 0; i < 150; i++) writeFileSync(join(data, `c${i}.yaml`), source.replaceAll("秦川", `县${i}`));
    // 100 workers needed 3.4 GB; the machine's cores fit in 2.3 GB above what Node itself reserves.
    const r = xfillLimited(["batch", "county-plenary-speech", data, "-o", join(root, "out"), "--jobs", "100"], {
      vmKb: 2_300_000,
      cpuSeconds: 60,
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--jobs 100 超过了本机的处理器数 \d+/);
    expect(readdirSync(join(root, "out"))).toHaveLength(150);
  }, 90_000);
});
