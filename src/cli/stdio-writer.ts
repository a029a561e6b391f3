import { writeSync } from "node:fs";

/** How a write to the standard output or error failed: the reader went away (EPIPE), or anything else. */
export type StdioFailure = (e: NodeJS.ErrnoException) => void;

/** What a writer writes with: the real process's by default; a test passes its own. */
export interface StdioSystem {
  writeSync: (fd: number, bytes: Uint8Array, offset: number) => number;
  stream: (fd: 1 | 2) => Pick<NodeJS.WriteStream, "write" | "on">;
  platform: NodeJS.Platform;
}

const PROCESS: StdioSystem = {
  writeSync: (fd, bytes, offset) => writeSync(fd, bytes, offset),
  stream: (fd) => (fd === 1 ? process.stdout : process.stderr),
  platform: process.platform,
};

/**
 * A writer for the process's standard output (fd 1) or error (fd 2). On Linux and macOS it writes straight to
 * the file descriptor, synchronously — what Node's own process.stdout does there for files, terminals and
 * pipes — so that a command printing a few lines does not make Node load its stream modules (about 5 ms of a
 * 150 ms start). When the descriptor refuses a synchronous write (a non-blocking pipe: EAGAIN), the rest of the
 * text and everything after it goes through Node's stream, so the order holds. On Windows the stream is used
 * from the start: it turns the text into what the console shows. A failed write is handed to `onFailure`.
 */
export function stdioWriter(fd: 1 | 2, onFailure: StdioFailure, sys: StdioSystem = PROCESS): (text: string) => void {
  let useStream = sys.platform === "win32";
  let listening = false;
  const viaStream = (text: string | Uint8Array) => {
    const s = sys.stream(fd);
    if (!listening) {
      listening = true;
      s.on("error", onFailure);
    }
    s.write(text);
  };
  return (text) => {
    if (useStream) return viaStream(text);
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    try {
      while (done < bytes.length) done += sys.writeSync(fd, bytes, done);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== "EAGAIN") return onFailure(err);
      useStream = true;
      // The bytes not yet written, as bytes: the cut may fall inside a character.
      viaStream(bytes.subarray(done));
    }
  };
}
