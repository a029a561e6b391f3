import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Template } from "../template/template.js";
import type { Prepared, PrepareOptions } from "./prepare-one.js";

/** A set of batch worker threads that prepare data files in parallel; close() ends them. */
export interface WorkerPool {
  prepare: (data: string) => Promise<Prepared>;
  close: () => Promise<void>;
}

/**
 * The compiled worker: next to this module in dist/batch/, or — when this code sits in a bundle chunk in
 * dist/bin/ — tsc's copy in dist/batch/. Running the TypeScript sources (tests) finds none.
 */
const WORKER_URL = [
  new URL("./batch-worker.js", import.meta.url),
  new URL("../batch/batch-worker.js", import.meta.url),
].find((u) => existsSync(fileURLToPath(u)));

/** Whether worker threads can run here: a compiled worker exists. */
export function workersAvailable(): boolean {
  return WORKER_URL !== undefined;
}

/** Starts `size` workers; each takes the next data file as soon as it is free. */
export function startWorkerPool(template: Template, options: PrepareOptions, size: number): WorkerPool {
  const pending = new Map<number, { resolve: (p: Prepared) => void; reject: (e: unknown) => void }>();
  const idle: Worker[] = [];
  const queue: { id: number; data: string }[] = [];
  let nextId = 0;
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift());
  };
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(WORKER_URL!, { workerData: { templateDir: template.dir, options } });
    w.on("message", (m: { id: number; prepared?: Prepared; error?: string }) => {
      const task = pending.get(m.id);
      pending.delete(m.id);
      if (m.prepared) task?.resolve(m.prepared);
      else task?.reject(new Error(m.error));
      idle.push(w);
      dispatch();
    });
    // A worker that dies (it failed to start, or ran out of memory) fails the batch rather than leaving it waiting.
    w.on("error", (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    idle.push(w);
    return w;
  });
  return {
    prepare: (data) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        queue.push({ id, data });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
