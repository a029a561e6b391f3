import { parentPort, workerData } from "node:worker_threads";
import { loadTemplate } from "../template/load-template.js";
import { prepareOne, type PrepareOptions } from "./prepare-one.js";

/** What the main thread sends a batch worker: one data file to check and render. */
export interface WorkerTask {
  id: number;
  data: string;
}

// A worker thread of a batch: loads and compiles the template once, then checks and renders the data
// files it is sent. It never writes: the main thread does, so an interrupt leaves no temp file behind.
const { templateDir, options } = workerData as { templateDir: string; options: PrepareOptions };
const loaded = await loadTemplate(templateDir);
if (!loaded.ok) throw new Error(`batch worker: template ${templateDir} no longer loads`);
const template = loaded.template;
parentPort!.on("message", async (task: WorkerTask) => {
  let prepared;
  try {
    prepared = await prepareOne(template, task.data, options);
  } catch (e) {
    // A bug, not bad input (that comes back as data): fail this file's promise, keep the worker alive.
    parentPort!.postMessage({ id: task.id, error: String((e as Error)?.stack ?? e) });
    return;
  }
  const bytes = prepared.status === "rendered" ? prepared.bytes : undefined;
  // Hand over a document's memory instead of copying it, but only when it owns its whole buffer (never Node's shared pool).
  const owned = bytes instanceof Uint8Array && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  parentPort!.postMessage({ id: task.id, prepared }, owned ? [bytes.buffer as ArrayBuffer] : []);
});
