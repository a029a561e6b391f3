import { failure, type Result } from "../diagnostics/result.js";
import { constants, unlinkSync } from "node:fs";
import { link, open, readdir, rename, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";

/** Temp files being written right now, so an interrupted run can remove them (see cleanupTempFiles). */
const pending = new Set<string>();
/** Writes in progress: an interrupt waits for them, since an open() already handed to the thread pool creates its file later. */
const inFlight = new Set<Promise<unknown>>();
/** Set by an interrupt: writes stop at their next step and remove their own temp file. */
let interrupted = false;
/** Whether this process wants interrupts to clean up (the CLI does; a library user decides for itself). */
let cleanupOnInterrupt = false;
/** Makes temp names unique within a process; O_EXCL makes them safe across processes. */
let tempCounter = 0;
/** Folders already swept of stale temp files by this process. */
const swept = new Set<string>();

/**
 * Temp files are named `.xfill-PID-N.tmp`: short whatever the target's name (a 255-byte name still has a temp
 * name that fits), and recognisable, so the next run into the folder removes those a killed run left behind.
 */
const TEMP_NAME = /^\.xfill-(\d+)-[0-9a-z]+\.tmp$/;
/** A temp file older than this is stale even if its process number is in use again. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Writes a file without ever leaving it half-written: the bytes go to a temp file in the same folder,
 * are flushed, then renamed over the target. Without `force` an existing file is never replaced — the
 * check and the rename are one step (a hard link fails if the name exists), so a race cannot clobber it.
 */
export function writeOutput(path: string, data: string | Uint8Array, force = false): Promise<Result> {
  const write = writeNow(path, data, force).then((problem): Result => (problem ? failure(problem) : { ok: true, diagnostics: [] }));
  inFlight.add(write);
  if (inFlight.size === 1) watchInterrupts(true);
  void write.finally(() => {
    inFlight.delete(write);
    if (inFlight.size === 0) watchInterrupts(false);
  });
  return write;
}

async function writeNow(path: string, data: string | Uint8Array, force: boolean): Promise<Diagnostic | undefined> {
  const step = () => {
    if (interrupted) throw Object.assign(new Error("interrupted"), { code: "EINTR" });
  };
  if (/[\\/]$/.test(path)) return error("output-folder-name", { file: path });
  // The mode (and, for root, the owner) of a file replaced with --force is kept: a 0600 file stays 0600.
  let keep: { mode: number; uid: number; gid: number } | undefined;
  try {
    step();
    const info = await stat(path);
    if (info.isDirectory()) return error("is-directory", { file: path });
    // A device, FIFO or socket is never replaced by a regular file, --force or not (-o /dev/null as root).
    if (!info.isFile()) return error("output-not-regular", { file: path });
    if (!force) return error("output-exists", { file: path });
    keep = { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") return writeError(path, e);
  }
  const folder = dirname(path);
  await sweepStaleTemps(folder);
  const tmp = join(folder, `.xfill-${process.pid}-${(++tempCounter).toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  pending.add(tmp);
  try {
    const fh = await open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    try {
      step();
      if (keep) {
        await fh.chmod(keep.mode);
        if (process.getuid?.() === 0) await fh.chown(keep.uid, keep.gid).catch(() => undefined);
      }
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    step();
    if (force) await rename(tmp, path);
    else {
      await link(tmp, path);
      await unlink(tmp);
    }
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST" && !force) return error("output-exists", { file: path });
    return writeError(path, e);
  } finally {
    pending.delete(tmp);
    await unlink(tmp).catch(() => undefined);
  }
}

/**
 * Removes temp files a killed run (kill -9, power cut) left in a folder: those whose process is gone, or that
 * are over an hour old. Once per folder per process; failures are ignored (the folder may be unreadable).
 */
async function sweepStaleTemps(folder: string): Promise<void> {
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const file = join(folder, name);
    try {
      if (processAlive(Number(m[1])) && Date.now() - (await stat(file)).mtimeMs < STALE_MS) continue;
      await unlink(file);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function writeError(path: string, e: unknown): Diagnostic {
  const err = e as NodeJS.ErrnoException;
  const code =
    err.code === "ENOENT" ? "output-folder-missing" : err.code === "EACCES" || err.code === "EPERM" || err.code === "EROFS" ? "output-permission" : err.code === "ENOSPC" ? "disk-full" : err.code === "ENAMETOOLONG" ? "output-name-too-long" : "write-error";
  // The system's own text is English; the message names the error code instead.
  return error(code, { file: path, params: { folder: dirname(path), errno: err.code ?? "?" } });
}

/** Removes temp files of writes still in progress; called when the process is interrupted. */
export function cleanupTempFiles(): void {
  for (const tmp of pending) {
    try {
      // Synchronous on purpose: this runs in a signal handler just before exit.
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Asks that Ctrl-C or SIGTERM during a write remove the temp files of writes in progress and exit with
 * 130: the targets were never touched (the rename had not happened), so nothing half-written stays.
 * The handlers are attached only while writes are in flight: at any other time an interrupt ends the
 * process at once, as usual — a handler would wait for the event loop, which a long scan keeps busy.
 */
export function removeTempFilesOnInterrupt(): void {
  cleanupOnInterrupt = true;
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function watchInterrupts(on: boolean): void {
  if (!cleanupOnInterrupt) return;
  for (const signal of SIGNALS) {
    if (on) process.on(signal, onInterrupt);
    else process.off(signal, onInterrupt);
  }
}

function onInterrupt(): void {
  interrupted = true;
  const exit = () => {
    cleanupTempFiles();
    process.exit(130);
  };
  // Let writes already in the thread pool settle (each removes its own temp file), at most two seconds.
  void Promise.allSettled([...inFlight]).then(exit);
  setTimeout(exit, 2000).unref();
}
