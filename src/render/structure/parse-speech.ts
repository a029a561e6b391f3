import { classifyLine } from "./classify-line.js";
import { splitHeading, splitLead } from "./lead-phrase.js";
import { splitTitle } from "./split-title.js";
import type { Block, SpeechDoc } from "./types.js";
import { EDGE_SPACE } from "../../source/title-line.js";

/**
 * Splits rendered speech text into its title (titleLine: the first line holding more than spaces) and classified
 * paragraphs; blank lines are dropped. Leading full-width spaces are how plain-text speeches fake a first-line
 * indent; layout adds its own, so they go (EDGE_SPACE).
 */
export function parseSpeech(text: string, titleMaxChars = 18): SpeechDoc {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(EDGE_SPACE, ""))
    .filter((l) => l !== "");
  const title = lines[0] ?? "";
  const blocks = lines.slice(1).map(toBlock);
  return { title, titleLines: title ? splitTitle(title, titleMaxChars) : [], blocks };
}

function toBlock(text: string): Block {
  const kind = classifyLine(text);
  if (kind === "paragraph") return { kind, text, ...splitLead(text) };
  if (kind === "salutation") return { kind, text, lead: "", rest: text };
  return { kind, text, ...splitHeading(text) };
}
