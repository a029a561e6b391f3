import { truncateStartWidth } from "./pad-width.js";

/**
 * One line of progress, e.g. `[=========>          ]  1234/2844  某县.yaml`. ASCII only: block characters
 * are ambiguous-width and would wrap the line on a Chinese terminal.
 */
export function progressLine(done: number, total: number, label: string, barWidth = 24): string {
  const filled = total === 0 ? barWidth : Math.floor((done / total) * barWidth);
  const bar =
    "=".repeat(Math.max(0, filled - 1)) +
    (filled > 0 ? (done === total ? "=" : ">") : "") +
    " ".repeat(barWidth - filled);
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  return `[${bar}]  ${count}  ${truncateStartWidth(label, 30)}`;
}
