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

const WORKER_URL = new URL("./batch-worker.js", import.meta.url);

/** Whether worker threads can run here: the compiled worker exists (not so when running the TypeScript sources). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
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
    const w = new Worker(WORKER_URL, { workerData: { templateDir: template.dir, options } });
    w.on("message", (m: { id: number; prepared: Prepared }) => {
      pending.get(m.id)?.resolve(m.prepared);
      pending.delete(m.id);
      idle.push(w);
      dispatch();
    });
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
