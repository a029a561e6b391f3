import { constants, unlinkSync } from "node:fs";
import { link, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";

/** Temp files being written right now, so an interrupted run can remove them (see cleanupTempFiles). */
const pending = new Set<string>();
/** Makes temp names unique within a process; O_EXCL makes them safe across processes. */
let tempCounter = 0;

/**
 * Writes a file without ever leaving it half-written: the bytes go to a temp file in the same folder,
 * are flushed, then renamed over the target. Without `force` an existing file is never replaced — the
 * check and the rename are one step (a hard link fails if the name exists), so a race cannot clobber it.
 */
export async function writeOutput(path: string, data: string | Uint8Array, force = false): Promise<Diagnostic | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return error("is-directory", { file: path, params: { path } });
    if (!force) return error("output-exists", { file: path, params: { path } });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") return writeError(path, e);
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${(++tempCounter).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  pending.add(tmp);
  try {
    const fh = await open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (force) await rename(tmp, path);
    else {
      await link(tmp, path);
      await unlink(tmp);
    }
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST" && !force) return error("output-exists", { file: path, params: { path } });
    return writeError(path, e);
  } finally {
    pending.delete(tmp);
    await unlink(tmp).catch(() => undefined);
  }
}

function writeError(path: string, e: unknown): Diagnostic {
  const err = e as NodeJS.ErrnoException;
  const code =
    err.code === "ENOENT" ? "output-folder-missing" : err.code === "EACCES" || err.code === "EPERM" || err.code === "EROFS" ? "output-permission" : err.code === "ENOSPC" ? "disk-full" : "write-error";
  return error(code, { file: path, params: { path, folder: dirname(path), detail: err.message } });
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
 * Installs handlers that, on Ctrl-C or SIGTERM, remove the temp files of writes in progress and exit with
 * 130: the target files were never touched (the rename had not happened), so nothing half-written stays.
 */
export function removeTempFilesOnInterrupt(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      cleanupTempFiles();
      process.exit(130);
    });
  }
}
