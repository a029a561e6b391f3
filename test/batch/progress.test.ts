import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { tempDir } from "../helpers/cli.js";

/** Runs the CLI in-process with stderr reported as a terminal or not. */
async function run(args: string[], isTTY: boolean) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { LANG: "C.UTF-8" },
    cwd: process.cwd(),
    isTTY,
  });
  return { code, stdout, stderr };
}

describe("batch progress bar", () => {
  test("on a terminal: redrawn on stderr, ends full, then erased before the table", async () => {
    const r = await run(["batch", "county-plenary-speech", "examples/counties", "-o", tempDir()], true);
    expect(r.code).toBe(1);
    // Files finish in any order, so the last label is whichever came last.
    expect(r.stderr).toMatch(/\r\[={24}\] {2}6\/6 {2}examples\/counties\/\S+县\.yaml\r\x1b\[2K$/);
    expect(r.stdout).not.toContain("\r");
    expect(r.stdout).toContain("共 6 份：已生成 4 份");
  });

  test("not on a terminal (a pipe, a log file): no bar at all", async () => {
    const r = await run(["batch", "county-plenary-speech", "examples/counties", "-o", tempDir()], false);
    expect(r.stderr).toBe("");
  });
});
