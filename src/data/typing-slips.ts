/**
 * Slips a clerk makes typing YAML in a Chinese input method, which YAML itself reports only vaguely:
 * a full-width colon after a key (county：秦川), no space after the colon (county:秦川), a full-width
 * space used for indentation. Each is found by line so the message can point at the exact character.
 */
export interface TypingSlip {
  code: "fullwidth-colon" | "colon-space" | "fullwidth-indent";
  /** 1-based line and code-point column of the offending character. */
  line: number;
  column: number;
  key: string;
}

const KEY = String.raw`[A-Za-z_][\w.]*`;
const FULLWIDTH_COLON = new RegExp(String.raw`^(\s*)(${KEY})\s*：`);
const NO_SPACE = new RegExp(String.raw`^(\s*)(${KEY}):(?=[^\s/])`);
const FULLWIDTH_INDENT = /^([ \t]*)\u3000/;

/** Finds typing slips line by line; comment lines are skipped. */
export function findTypingSlips(text: string): TypingSlip[] {
  const slips: TypingSlip[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    let m = FULLWIDTH_COLON.exec(line);
    if (m) {
      slips.push({
        code: "fullwidth-colon",
        line: i + 1,
        column: [...line.slice(0, line.indexOf("：", m[1]!.length))].length + 1,
        key: m[2]!,
      });
      return;
    }
    m = NO_SPACE.exec(line);
    if (m) {
      slips.push({ code: "colon-space", line: i + 1, column: m[1]!.length + m[2]!.length + 1, key: m[2]! });
      return;
    }
    m = FULLWIDTH_INDENT.exec(line);
    if (m) slips.push({ code: "fullwidth-indent", line: i + 1, column: m[1]!.length + 1, key: "" });
  });
  return slips;
}
