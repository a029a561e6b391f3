import { failure, type Result } from "../diagnostics/result.js";
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";

/** Temp files being written right now, so a cancelled run can remove them (see removeTempFiles). */
const pending = new Set<string>();
/** Writes in progress: cancelWrites waits for them (a flush in the thread pool finishes on its own time). */
const inFlight = new Set<Promise<unknown>>();
/** Set by cancelWrites: writes stop at their next step and remove their own temp file. */
let cancelled = false;
/** Told when writing starts (the first write in flight) and stops (the last one done); see watchWrites. */
const watchers = new Set<(busy: boolean) => void>();
/** Runs of writes (a batch) under way: writing counts as busy from their start to their end (see holdWrites). */
let holds = 0;
/** What the watchers were last told. */
let busyTold = false;
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
  // The write starts in a microtask, after the watchers have been told: up to the flush it runs synchronously,
  // and a Ctrl-C during a large write must already find the interrupt handler in place.
  const write = Promise.resolve()
    .then(() => writeNow(path, data, force))
    .then((problem): Result => (problem ? failure(problem) : { ok: true, diagnostics: [] }));
  inFlight.add(write);
  tellWatchers();
  void write.finally(() => {
    inFlight.delete(write);
    tellWatchers();
  });
  return write;
}

function tellWatchers(): void {
  const busy = inFlight.size > 0 || holds > 0;
  if (busy === busyTold) return;
  busyTold = busy;
  for (const w of watchers) w(busy);
}

/**
 * Marks a run of many writes (a batch) as one: watchers see writing busy from now until the returned release,
 * also in the moments between two files when no write is in flight. A Ctrl-C that lands while one file's write
 * ends and the next has not begun is then still caught, and the run stops with its temp files removed.
 */
export function holdWrites(): () => void {
  holds++;
  tellWatchers();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    tellWatchers();
  };
}

/**
 * Calls `watcher(true)` when the first write starts and `watcher(false)` when the last one ends, so a program
 * can stand ready to cancel writes (on Ctrl-C, say) only while there are any.
 */
export function watchWrites(watcher: (busy: boolean) => void): void {
  watchers.add(watcher);
}

/**
 * Cancels every write in progress and every later one: each stops at its next step and removes its temp file;
 * the targets are untouched (nothing was renamed yet). Resolves when the writes have settled and no temp file
 * of this process is left.
 */
export async function cancelWrites(): Promise<void> {
  cancelled = true;
  await Promise.allSettled([...inFlight]);
  removeTempFiles();
}

async function writeNow(path: string, data: string | Uint8Array, force: boolean): Promise<Diagnostic | undefined> {
  const step = () => {
    if (cancelled) throw Object.assign(new Error("cancelled"), { code: "EINTR" });
  };
  if (/[\\/]$/.test(path)) return error("output-folder-name", { file: path });
  // The mode (and, for root, the owner) of a file replaced with --force is kept: a 0600 file stays 0600.
  let keep: { mode: number; uid: number; gid: number } | undefined;
  try {
    step();
    // Synchronous, as the writes below: the promise-based stat cost a batch more CPU than the call itself.
    const info = statSync(path);
    if (info.isDirectory()) return error("is-directory", { file: path });
    // A device, FIFO or socket is never replaced by a regular file, --force or not (-o /dev/null as root).
    if (!info.isFile()) return error("output-not-regular", { file: path });
    if (!force) return error("output-exists", { file: path });
    keep = { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") return writeError(path, e);
  }
  const folder = dirname(path);
  sweepStaleTemps(folder);
  const tmp = join(
    folder,
    `.xfill-${process.pid}-${(++tempCounter).toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`,
  );
  // Opening, writing and renaming are synchronous: a document goes to the page cache in microseconds, and each
  // promise-based call cost more CPU than that (a batch of a thousand files spent more time here than in YAML).
  // Only the flush to disk, which waits for the device, runs in the thread pool.
  let done = false;
  try {
    step();
    const fd = openSync(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    pending.add(tmp);
    try {
      if (keep) {
        fchmodSync(fd, keep.mode);
        if (process.getuid?.() === 0) tryQuietly(() => fchownSync(fd, keep.uid, keep.gid));
      }
      writeAll(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
      await new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
    } finally {
      closeSync(fd);
    }
    step();
    if (force) renameSync(tmp, path);
    else linkSync(tmp, path);
    done = force;
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST" && !force) return error("output-exists", { file: path });
    return writeError(path, e);
  } finally {
    // After a rename the temp name is gone; after a link (or a failure) it is removed here.
    if (!done) tryQuietly(() => unlinkSync(tmp));
    pending.delete(tmp);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

function tryQuietly(f: () => void): void {
  try {
    f();
  } catch {
    /* nothing to undo */
  }
}

/**
 * Removes temp files a killed run (kill -9, power cut) left in a folder: those whose process is gone, or that
 * are over an hour old. Once per folder per process; failures are ignored (the folder may be unreadable).
 * Synchronous, like the writes: one listing per folder, and no promise-based file module to load at start-up.
 */
function sweepStaleTemps(folder: string): void {
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const file = join(folder, name);
    try {
      if (processAlive(Number(m[1])) && Date.now() - statSync(file).mtimeMs < STALE_MS) continue;
      unlinkSync(file);
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
    err.code === "ENOENT"
      ? "output-folder-missing"
      : err.code === "EACCES" || err.code === "EPERM" || err.code === "EROFS"
        ? "output-permission"
        : err.code === "ENOSPC"
          ? "disk-full"
          : err.code === "ENAMETOOLONG"
            ? "output-name-too-long"
            : "write-error";
  // The system's own text is English; the message names the error code instead.
  return error(code, { file: path, params: { folder: dirname(path), errno: err.code ?? "?" } });
}

/**
 * Removes the temp files of writes still in progress, at once and synchronously: for a program about to exit
 * that cannot wait for cancelWrites (the targets are untouched, so nothing half-written stays).
 */
export function removeTempFiles(): void {
  for (const tmp of pending) tryQuietly(() => unlinkSync(tmp));
}
