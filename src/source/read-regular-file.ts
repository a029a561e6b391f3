import { failure, type Result } from "../diagnostics/result.js";
import type { MessageCode } from "../diagnostics/message-table.js";
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * The one way xfill reads a file's bytes. `stat().size` is 0 for devices, FIFOs and /proc files, so the size
 * limit is enforced while reading, and only regular files are read at all: /dev/zero, a FIFO or a socket is
 * refused before a byte is read, and opening never waits for a FIFO's writer (O_NONBLOCK).
 */
export type BytesResult = Result<{ bytes: Uint8Array; path: string }>;

/** How a file may be read. */
export interface ReadFileOptions {
  /** Largest number of bytes accepted; a file that turns out longer is refused with `file-too-large`. */
  maxBytes: number;
  /**
   * A folder the file must stay inside after every symbolic link is resolved (a template folder). Then `path`
   * is relative to that folder, and anything resolving outside it is refused with `outside-folder`.
   */
  within?: string;
  /**
   * Refuse a file that has other names (hard links), with `template-hard-link`. A hard link into a template
   * folder reads like any file inside it, though its content may be a file from anywhere on the same disk.
   */
  singleLink?: boolean;
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const CHUNK = 64 * 1024;

/** Reads a regular file's bytes, never more than `maxBytes`; every failure is a diagnostic naming the path. */
export async function readRegularFile(path: string, opts: ReadFileOptions): Promise<BytesResult> {
  const shown = opts.within === undefined ? path : join(opts.within, path);
  let target = path;
  let flags = constants.O_RDONLY | O_NONBLOCK;
  if (opts.within !== undefined) {
    const inside = resolveInside(opts.within, path, shown);
    if (typeof inside !== "string") return failure(inside);
    // The path is already resolved: a link swapped in after the check is not followed.
    target = inside;
    flags |= O_NOFOLLOW;
  }
  // Synchronous calls on purpose: a data file is read in well under a millisecond, and each promise-based
  // call (open, stat, read, read, close) cost more CPU than the read itself — a batch of a thousand files
  // spent more time here than parsing them. Nothing can block: only a regular file is ever read.
  let fd: number | undefined;
  try {
    fd = openSync(target, flags);
    const info = fstatSync(fd);
    if (info.isDirectory()) return fail("is-directory", shown);
    if (!info.isFile()) return fail("not-regular-file", shown);
    if (opts.singleLink && info.nlink > 1)
      return failure(error("template-hard-link", { file: shown, params: { others: info.nlink - 1 } }));
    if (info.size > opts.maxBytes) return tooLarge(shown, info.size, opts.maxBytes);
    const bytes = readCapped(fd, info.size, opts.maxBytes);
    if (!bytes) return tooLarge(shown, undefined, opts.maxBytes);
    return { ok: true, bytes, path: shown, diagnostics: [] };
  } catch (e) {
    return failure(ioDiagnostic(e, shown));
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** Resolves `name` inside `folder` through every link; the real path, or a diagnostic when it leaves the folder. */
function resolveInside(folder: string, name: string, shown: string): string | Diagnostic {
  try {
    // The system's realpath, as fs/promises' would be (which costs a module load at start-up).
    const realFolder = realpathSync.native(folder);
    const real = realpathSync.native(join(realFolder, name));
    const rel = relative(realFolder, real);
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      return error("outside-folder", { file: shown, params: { path: shown, folder } });
    }
    return real;
  } catch (e) {
    return ioDiagnostic(e, shown);
  }
}

/** Reads up to maxBytes + 1 bytes: undefined when the file holds more than maxBytes (it may grow while read). */
function readCapped(fd: number, sizeHint: number, maxBytes: number): Uint8Array | undefined {
  let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(sizeHint + 1, CHUNK)));
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      if (buf.length > maxBytes) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, total);
      buf = bigger;
    }
    const bytesRead = readSync(fd, buf, total, buf.length - total, null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total > maxBytes ? undefined : buf.subarray(0, total);
}

function fail(code: MessageCode, path: string): BytesResult {
  return failure(error(code, { file: path }));
}

function tooLarge(path: string, size: number | undefined, max: number): BytesResult {
  return failure(
    error("file-too-large", {
      file: path,
      params: { size: size === undefined ? undefined : formatBytes(size), max: formatBytes(max) },
    }),
  );
}

/** A system error as a diagnostic with its own code, so no English errno text reaches the user. */
function ioDiagnostic(e: unknown, path: string): Diagnostic {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  const params = { errno: code || "?" };
  if (code === "ENOENT" || code === "ENOTDIR") return error("file-not-found", { file: path, params });
  if (code === "EISDIR") return error("is-directory", { file: path, params });
  if (code === "EACCES" || code === "EPERM") return error("read-permission", { file: path, params });
  // A socket (ENXIO), a link where none may be (ELOOP), a device that refuses non-blocking opens.
  if (code === "ENXIO" || code === "ELOOP" || code === "EAGAIN" || code === "ENODEV")
    return error("not-regular-file", { file: path, params });
  return error("read-error", { file: path, params });
}

/** A byte count the way people say it: 1 MB, 256 MB, 700 KB, 12 B (binary units, at most one decimal). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${trim(n / 1024 ** 3)} GB`;
  if (n >= 1024 * 1024) return `${trim(n / 1024 ** 2)} MB`;
  if (n >= 1024) return `${trim(n / 1024)} KB`;
  return `${n} B`;
}

function trim(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    /* the bytes are read; a failing close loses nothing */
  }
}
