import { langFromArgv } from "./lang-from-argv.js";
import { runCli } from "./program.js";
import { message } from "../index.js";
import { cancelWritesOnInterrupt } from "./interrupts.js";
import { stdioWriter } from "./stdio-writer.js";

// The one place that touches the process: streams, exit code, interrupts and crashes.
const debug = process.argv.includes("--debug");
cancelWritesOnInterrupt();
// A reader that went away (`xfill scan big.txt | head -1`) ends the run quietly; any other failure to write
// the output (`> /dev/full`) is an I/O error: exit 2 with a sentence, never Node's 'error' event trace.
const stderr = stdioWriter(2, () => process.exit(process.exitCode ?? 2));
const stdout = stdioWriter(1, (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  const lang = langFromArgv(process.argv.slice(2), process.env);
  stderr(message(e.code === "ENOSPC" ? "stdout-disk-full" : "stdout-error", lang, { errno: e.code ?? "?" }) + "\n");
  process.exit(2);
});
runCli(process.argv.slice(2), {
  stdout,
  stderr,
  env: process.env,
  cwd: process.cwd(),
  // Asked only by commands that draw progress or colour: creating process.stderr loads Node's stream modules.
  get isTTY() {
    return Boolean(process.stderr.isTTY);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const lang = langFromArgv(process.argv.slice(2), process.env);
    stderr(message("internal-error", lang, { detail: String((e as Error)?.message ?? e) }) + "\n");
    if (debug) stderr(String((e as Error)?.stack ?? e) + "\n");
    process.exitCode = 70;
  },
);
