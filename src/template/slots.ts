/** A place in template.hbs where a field is used. `offset` is a UTF-16 index into the template text. */
export interface Slot {
  key: string;
  offset: number;
  length: number;
  /** True for a plain `{{key}}` that prints the value; false for a reference in a block or helper. */
  prints: boolean;
}

/** A construct the template may not use: a helper or partial xfill does not provide. */
export interface SlotProblem {
  code: "template-unknown-helper" | "template-partial";
  name: string;
  offset: number;
  length: number;
}

/** Handlebars' own block helpers, the only ones a template may call: templates never bring code. */
const BUILTIN_HELPERS = new Set(["if", "unless", "each", "with", "lookup", "log"]);

type Node = hbs.AST.Node & { type: string };

/** Finds every field reference in a parsed template, in document order, and any helper or partial it calls. */
export function findSlots(ast: hbs.AST.Program, text: string): { slots: Slot[]; problems: SlotProblem[] } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const toOffset = (loc: hbs.AST.Position) => (lineStarts[loc.line - 1] ?? 0) + loc.column;
  const span = (loc: hbs.AST.SourceLocation) => ({ offset: toOffset(loc.start), length: toOffset(loc.end) - toOffset(loc.start) });
  const slots: Slot[] = [];
  const problems: SlotProblem[] = [];

  const visitPath = (p: hbs.AST.Expression | undefined, prints: boolean, loc: hbs.AST.SourceLocation) => {
    if (!p || p.type !== "PathExpression") return;
    const path = p as hbs.AST.PathExpression;
    if (path.data || path.original === "this" || path.original.startsWith("this.")) return;
    slots.push({ key: path.original, prints, ...span(loc) });
  };
  const helperCall = (path: hbs.AST.PathExpression | hbs.AST.Literal, loc: hbs.AST.SourceLocation) => {
    const name = "original" in path ? String(path.original) : "";
    if (!BUILTIN_HELPERS.has(name)) problems.push({ code: "template-unknown-helper", name, ...span(loc) });
  };
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        (node as hbs.AST.Program).body.forEach((n) => visit(n as Node));
        break;
      case "MustacheStatement": {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length === 0 && !m.hash) visitPath(m.path, true, m.loc);
        else {
          helperCall(m.path, m.loc);
          m.params.forEach((p) => visitPath(p, false, m.loc));
        }
        break;
      }
      case "BlockStatement": {
        const b = node as hbs.AST.BlockStatement;
        helperCall(b.path, b.loc);
        b.params.forEach((p) => visitPath(p, false, b.loc));
        visit(b.program as Node);
        visit(b.inverse as Node | undefined);
        break;
      }
      case "PartialStatement":
      case "PartialBlockStatement": {
        const p = node as hbs.AST.PartialStatement;
        const name = p.name.type === "PathExpression" ? (p.name as hbs.AST.PathExpression).original : "";
        problems.push({ code: "template-partial", name, ...span(p.loc) });
        break;
      }
    }
  };
  visit(ast as Node);
  return { slots, problems };
}
