/** The scanner's public surface: find and classify placeholders, and say in one line what was found. */
export { scanText } from "./scan-text.js";
export { summarizeScan } from "./summary.js";
export type { IgnoredMatch, IgnoreReason, ScannedPlaceholder, ScanResult } from "./types.js";
