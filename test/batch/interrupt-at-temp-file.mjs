// Preloaded into the CLI (node --import) by interrupt.test.ts: when the process has opened its Nth temp file
// (XFILL_INTERRUPT_AT_TEMP_FILE), it sends itself SIGINT, as Ctrl-C would — at a moment when a write is
// certainly in flight, so the test never depends on where a real Ctrl-C happens to land.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const at = Number(process.env.XFILL_INTERRUPT_AT_TEMP_FILE);
const openSync = fs.openSync;
let opened = 0;
fs.openSync = function (path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (String(path).endsWith(".tmp") && ++opened === at) process.kill(process.pid, "SIGINT");
  return fd;
};
// The CLI bundle imports { openSync } from "node:fs": make that binding the wrapper too.
syncBuiltinESMExports();
