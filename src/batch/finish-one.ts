import { writeOutput } from "../render/write-output.js";
import type { BatchItem } from "./batch-result.js";
import type { Prepared } from "./prepare-one.js";

/**
 * Writes one prepared data file and says what became of it. Writing stays on the main thread, where an
 * interrupt can cancel writes in progress and remove their temp files (see cancelWrites).
 */
export async function finishOne(data: string, output: string, prepared: Prepared, force: boolean): Promise<BatchItem> {
  if (prepared.status !== "rendered") return { data, ...prepared };
  const { bytes, ...counts } = prepared;
  const [failed] = (await writeOutput(output, bytes, force)).diagnostics;
  if (failed)
    return {
      data,
      output,
      ...counts,
      status: failed.code === "output-exists" ? "exists" : "write-error",
      diagnostic: failed,
    };
  return { data, output, ...counts, status: "rendered" };
}
