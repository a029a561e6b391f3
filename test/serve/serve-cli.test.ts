import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { expect, test } from "vitest";
import { BIN, tempDir, xfill } from "../helpers/cli.js";
import { send } from "./helpers.js";

// `xfill serve` as a clerk runs it: prints its address, answers, and stops cleanly on Ctrl+C.
test("prints a loopback address with a token, serves the form, stops on Ctrl+C with exit 0", async () => {
  const dir = tempDir();
  const child = spawn(process.execPath, [BIN, "serve", "county-plenary-speech", join(dir, "d.yaml"), "--no-open"], {
    env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  try {
    await expect.poll(() => /http:\/\/127\.0\.0\.1:(\d+)\/\?t=[\w-]{20,}/.test(out), { timeout: 20_000 }).toBe(true);
    expect(out).toContain("按 Ctrl+C 停止");
    const url = new URL(/http:\/\/\S+/.exec(out)![0]);
    const enter = await send(Number(url.port), "GET", url.pathname + url.search);
    expect(enter.status).toBe(303);
    const page = await send(Number(url.port), "GET", "/f/0", {
      Cookie: String(enter.headers["set-cookie"]).split(";")[0]!,
    });
    expect(page.body).toContain("1-5月规模工业总产值");
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
});

test("a port in use and a bad --port are told plainly, exit 2", async () => {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
  const port = (blocker.address() as { port: number }).port;
  try {
    const busy = xfill(["serve", "county-plenary-speech", "d.yaml", "--no-open", "--port", String(port)]);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(`端口 ${port} 已被占用`);
  } finally {
    blocker.close();
  }
  const bad = xfill(["serve", "county-plenary-speech", "d.yaml", "--no-open", "--port", "80a"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("--port 应为 1 到 65535 之间的整数");
});

test("DATA may be a folder of .yaml files, as in batch: the start page lists each", async () => {
  const dir = tempDir();
  const { mkdirSync, writeFileSync } = await import("node:fs");
  mkdirSync(join(dir, "counties"));
  for (const name of ["乙县.yaml", "甲县.yaml", "说明.txt"])
    writeFileSync(join(dir, "counties", name), "county: 秦川\n");
  const child = spawn(process.execPath, [BIN, "serve", "county-plenary-speech", "counties", "--no-open"], {
    cwd: dir,
    env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  try {
    await expect.poll(() => /http:\/\/\S+/.test(out), { timeout: 20_000 }).toBe(true);
    const url = new URL(/http:\/\/\S+/.exec(out)![0]);
    const enter = await send(Number(url.port), "GET", url.pathname + url.search);
    const start = await send(Number(url.port), "GET", "/", {
      Cookie: String(enter.headers["set-cookie"]).split(";")[0]!,
    });
    const names = [...start.body.matchAll(/<a href="\/f\/\d">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual(["甲县.yaml", "乙县.yaml"]);
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
});
