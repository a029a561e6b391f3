import { describe, expect, test } from "vitest";
import { stdioWriter, type StdioSystem } from "../../src/cli/stdio-writer.js";

/** A descriptor that takes `accept` bytes per call for `calls` calls, then refuses with `code`. */
function fakeSystem(opts: { accept: number; calls: number; code: string; platform?: NodeJS.Platform }) {
  const direct: number[] = [];
  const streamed: number[] = [];
  const events: string[] = [];
  let left = opts.calls;
  const sys: StdioSystem = {
    writeSync: (_fd, bytes, offset) => {
      if (left-- <= 0) throw Object.assign(new Error(opts.code), { code: opts.code });
      const n = Math.min(opts.accept, bytes.length - offset);
      direct.push(...bytes.subarray(offset, offset + n));
      return n;
    },
    stream: () => ({
      write: (chunk: string | Uint8Array) => {
        streamed.push(...Buffer.from(chunk));
        return true;
      },
      on: (event: string) => {
        events.push(event);
        return undefined as never;
      },
    }),
    platform: opts.platform ?? "linux",
  };
  return { sys, direct, streamed, events };
}

describe("stdioWriter: the CLI's output without Node's streams", () => {
  test("a descriptor that takes a few bytes at a time gets every byte, in order, with no stream", () => {
    const f = fakeSystem({ accept: 4, calls: 100, code: "EAGAIN" });
    const failures: string[] = [];
    const write = stdioWriter(1, (e) => failures.push(e.code ?? ""), f.sys);
    write("全县X亿元\n");
    write("ok\n");
    expect(Buffer.from(f.direct).toString("utf8")).toBe("全县X亿元\nok\n");
    expect(f.streamed).toEqual([]);
    expect(failures).toEqual([]);
  });

  test("EAGAIN mid-character: the rest goes through the stream as bytes, and so does every later write", () => {
    // 3 calls of 2 bytes = 6 bytes: "全" (3 bytes) and two of "县"'s three.
    const f = fakeSystem({ accept: 2, calls: 3, code: "EAGAIN" });
    const write = stdioWriter(1, () => {}, f.sys);
    write("全县X");
    write("第二行");
    expect(f.direct.length).toBe(6);
    expect(Buffer.from([...f.direct, ...f.streamed]).toString("utf8")).toBe("全县X第二行");
    expect(Buffer.from(f.streamed).toString("utf8").endsWith("第二行")).toBe(true);
    // The stream's errors are the writer's failures from then on.
    expect(f.events).toEqual(["error"]);
  });

  test("any other error (EPIPE, ENOSPC) is handed to onFailure, not thrown", () => {
    for (const code of ["EPIPE", "ENOSPC"]) {
      const f = fakeSystem({ accept: 1, calls: 0, code });
      const failures: string[] = [];
      const write = stdioWriter(2, (e) => failures.push(e.code ?? ""), f.sys);
      expect(() => write("x")).not.toThrow();
      expect(failures).toEqual([code]);
      expect(f.streamed).toEqual([]);
    }
  });

  test("on Windows the stream is used from the start (it writes the console's own encoding)", () => {
    const f = fakeSystem({ accept: 100, calls: 100, code: "EAGAIN", platform: "win32" });
    stdioWriter(1, () => {}, f.sys)("全县");
    expect(f.direct).toEqual([]);
    expect(Buffer.from(f.streamed).toString("utf8")).toBe("全县");
  });
});
