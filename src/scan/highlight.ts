import { visibleControls } from "../kinds/control-chars.js";
import { clauseAround } from "./context.js";

/** How to mark a placeholder inside its clause: ANSI colour on a terminal, 【】 in files and pipes. */
export type Marker = (s: string) => string;

/** Marks with full-width brackets, readable anywhere. */
export const bracketMarker: Marker = (s) => `【${s}】`;
/** Marks in bold red for a terminal. */
export const ansiMarker: Marker = (s) => `\u001b[1;31m${s}\u001b[0m`;

/** The clause around text[offset, offset+length) with that stretch marked. */
export function highlightInClause(text: string, offset: number, length: number, mark: Marker): string {
  const { start, end } = clauseAround(text, offset, offset + length);
  const before = text.slice(start, offset).replace(/^\s+/, "");
  const after = text.slice(offset + length, end).replace(/\s+$/, "");
  // The marker may add terminal colours; the document's own control characters are shown as symbols.
  return visibleControls(before) + mark(visibleControls(text.slice(offset, offset + length))) + visibleControls(after);
}
