/** Whether a DATA argument is a pattern to expand: the shell expands globs, but Windows and quoted args don't. */
export function hasGlobMagic(arg: string): boolean {
  return /[*?]/.test(arg);
}

/**
 * A regular expression for a `/`-separated glob: `*` and `?` stay within one path segment, `**` spans any
 * number of segments (including none). Everything else matches itself.
 */
export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      const wholeSegment = (i === 0 || pattern[i - 1] === "/") && (i + 2 === pattern.length || pattern[i + 2] === "/");
      if (wholeSegment && pattern[i + 2] === "/") {
        out += "(?:[^/]*/)*";
        i += 2;
      } else {
        out += wholeSegment ? ".*" : "[^/]*";
        i += 1;
      }
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, ignoreCase ? "iu" : "u");
}
