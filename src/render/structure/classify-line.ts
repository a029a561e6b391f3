import type { BlockKind } from "./types.js";

// Heading numbers as official documents write them (GB/T 9704 7.3.3): 一、 / （一） / 1. / （1）.
// Half-width brackets and 、 after Arabic digits turn up in pasted text, so they count too.
const HEADING1 = /^[一二三四五六七八九十百]+、/;
const HEADING2 = /^[（(][一二三四五六七八九十百]+[）)]/;
// "1.5亿元…" opens with a number, not a heading: the dot must not be followed by a digit.
const HEADING3 = /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])/;
// "同志们：", "各位代表、同志们：", "各位企业家，同志们：": a short line that ends in a colon, holds no
// sentence, and of which every part between commas names an audience. "主要任务有三个方面：" ends in a
// colon but is text, and so is "同志们，今年以来：", whose second part names no one; both are indented.
const SALUTATION = /^[^。！？；]{1,40}[：:]$/;
const AUDIENCE_PART_SEPARATOR = /[，,、]/;
const AUDIENCE = /同志|朋友|代表|委员|各位|女士|先生|老师|同学|领导|嘉宾|干部|来宾|大家|乡亲|企业家|群众/;

function isSalutation(line: string): boolean {
  if (!SALUTATION.test(line)) return false;
  const parts = line.slice(0, -1).split(AUDIENCE_PART_SEPARATOR);
  return parts.every((p) => AUDIENCE.test(p));
}

/** The kind of one non-empty, trimmed line of a speech body (the title is decided by position). */
export function classifyLine(line: string): BlockKind {
  if (HEADING1.test(line)) return "heading1";
  if (HEADING2.test(line)) return "heading2";
  if (HEADING3.test(line)) return "heading3";
  if (isSalutation(line)) return "salutation";
  return "paragraph";
}
