import { cancelWrites, removeTempFiles, watchWrites } from "../index.js";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Ctrl-C or SIGTERM while files are being written cancels the writes (each removes its temp file; the targets
 * were never touched) and exits with 130, so nothing half-written stays. The handlers are attached only while
 * writes are in flight: at any other time an interrupt ends the process at once, as usual — a handler would
 * wait for the event loop, which a long scan keeps busy.
 */
export function cancelWritesOnInterrupt(): void {
  watchWrites((busy) => {
    for (const signal of SIGNALS) {
      if (busy) process.on(signal, onInterrupt);
      else process.off(signal, onInterrupt);
    }
  });
}

function onInterrupt(): void {
  void cancelWrites().then(() => process.exit(130));
  // A flush that hangs (a stalled network drive) must not keep the user waiting: two seconds at most.
  setTimeout(() => {
    removeTempFiles();
    process.exit(130);
  }, 2000).unref();
}
