import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { BIN, EXAMPLE, ROOT, tempDir, xfill } from "../helpers/cli.js";

const FIRST = [..."安宝北碧长丰凤福高古海和河宏华嘉江金锦景"];
const SECOND = [..."阿昌城丹德东峰谷湖化津靖康乐林陵岭隆罗梅宁平坪浦清泉仁善寿"];
const COUNT = 600;

/** Data files that differ from the example only in the county's name (two characters, like 秦川). */
function makeCounties(dir: string): string[] {
  const source = readFileSync(EXAMPLE, "utf8");
  const names = FIRST.flatMap((a) => SECOND.map((b) => a + b)).slice(0, COUNT);
  for (const n of names) writeFileSync(join(dir, `${n}县.yaml`), source.replaceAll("秦川", n));
  return names;
}

const waitFor = async (check: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end && !check(); ) await new Promise((r) => setTimeout(r, 10));
};

test("Ctrl-C in the middle of a large batch leaves no temp file and no half-written document", async () => {
  const root = tempDir("xfill-interrupt-");
  const data = join(root, "data");
  const out = join(root, "out");
  mkdirSync(data);
  const names = makeCounties(data);
  const reference = xfill(["render", "county-plenary-speech", EXAMPLE]).stdout;
  expect(reference).toContain("秦川县");

  const child = spawn(process.execPath, [BIN, "batch", "county-plenary-speech", data, "-o", out], { cwd: ROOT, env: { PATH: process.env.PATH, LANG: "C.UTF-8" }, stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const documents = () => readdirSync(out).filter((f) => f.endsWith(".txt")).length;
  await waitFor(() => {
    try {
      return documents() >= 20;
    } catch {
      return false; // the output folder is not there yet
    }
  }, 30_000);
  child.kill("SIGINT");
  expect(await exited).toBe(130);

  const left = readdirSync(out);
  expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  expect(left.length).toBeGreaterThanOrEqual(20);
  expect(left.length).toBeLessThan(COUNT);
  for (const file of left) {
    const name = file.replace(/县\.txt$/, "");
    expect(names).toContain(name);
    expect(readFileSync(join(out, file), "utf8")).toBe(reference.replaceAll("秦川", name));
  }
}, 60_000);
