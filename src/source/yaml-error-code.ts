import type { MessageCode } from "../diagnostics/message-table.js";

/**
 * Our diagnostic code for an error of the yaml package, so each gets a message in plain Chinese
 * (the package's own wording is English and speaks of "implicit keys" and "flow collections").
 */
export function yamlErrorCode(code: string, message: string): MessageCode {
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate-key";
    case "MULTIPLE_DOCS":
      return "multi-document";
    case "TAB_AS_INDENT":
      return "yaml-tab";
    case "BAD_INDENT":
      return /Flow|flow/.test(message) ? "yaml-unclosed-bracket" : "yaml-indent";
    case "MISSING_CHAR":
      return /quote/.test(message)
        ? "yaml-unclosed-quote"
        : /[\]}]/.test(message)
          ? "yaml-unclosed-bracket"
          : "yaml-syntax";
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      return "yaml-key-line";
    case "BAD_DQ_ESCAPE":
      return "yaml-escape";
    case "ALIAS_PROPS":
    case "BAD_ALIAS":
      return "bad-alias";
    default:
      return "yaml-syntax";
  }
}
