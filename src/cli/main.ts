import { langFromArgv } from "./lang-from-argv.js";
import { runCli } from "./program.js";
import { message } from "../index.js";
import { cancelWritesOnInterrupt } from "./interrupts.js";

// The one place that touches the process: streams, exit code, interrupts and crashes.
const debug = process.argv.includes("--debug");
cancelWritesOnInterrupt();
// A reader that went away (`xfill scan big.txt | head -1`) ends the run quietly; any other failure to write
// the output (`> /dev/full`) is an I/O error: exit 2 with a sentence, never Node's 'error' event trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  const lang = langFromArgv(process.argv.slice(2), process.env);
  process.stderr.write(
    message(e.code === "ENOSPC" ? "stdout-disk-full" : "stdout-error", lang, { errno: e.code ?? "?" }) + "\n",
  );
  process.exit(2);
});
process.stderr.on("error", () => process.exit(process.exitCode ?? 2));
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
    const lang = langFromArgv(process.argv.slice(2), process.env);
    process.stderr.write(message("internal-error", lang, { detail: String((e as Error)?.message ?? e) }) + "\n");
    if (debug) process.stderr.write(String((e as Error)?.stack ?? e) + "\n");
    process.exitCode = 70;
  },
);
