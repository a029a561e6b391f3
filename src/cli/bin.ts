#!/usr/bin/env node
import { langFromArgv } from "./lang-from-argv.js";
import { runCli } from "./program.js";
import { removeTempFilesOnInterrupt } from "../index.js";

// The one place that touches the process: streams, exit code, interrupts and crashes.
const debug = process.argv.includes("--debug");
removeTempFilesOnInterrupt();
runCli(process.argv.slice(2), {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const zh = langFromArgv(process.argv.slice(2), process.env) === "zh";
    process.stderr.write(
      (zh ? "xfill 内部错误，请把下面这行发给维护者：" : "xfill internal error; please report this line: ") + String((e as Error)?.message ?? e) + "\n",
    );
    if (debug) process.stderr.write(String((e as Error)?.stack ?? e) + "\n");
    process.exitCode = 70;
  },
);
