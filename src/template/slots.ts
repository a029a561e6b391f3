import Handlebars from "handlebars";

/** A place in template.hbs where a field is used. `offset` is a UTF-16 index into the template text. */
export interface Slot {
  key: string;
  offset: number;
  length: number;
  /** True for a plain `{{key}}` that prints the value; false for a reference in a block or helper. */
  prints: boolean;
}

type Node = hbs.AST.Node & { type: string };

/** Finds every field reference in a parsed template, in document order. */
export function findSlots(ast: hbs.AST.Program, text: string): Slot[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const toOffset = (loc: hbs.AST.Position) => (lineStarts[loc.line - 1] ?? 0) + loc.column;
  const slots: Slot[] = [];

  const visitPath = (p: hbs.AST.Expression | undefined, prints: boolean, loc: hbs.AST.SourceLocation) => {
    if (!p || p.type !== "PathExpression") return;
    const path = p as hbs.AST.PathExpression;
    if (path.data || path.original === "this" || path.original.startsWith("this.")) return;
    const start = toOffset(loc.start);
    slots.push({ key: path.original, offset: start, length: toOffset(loc.end) - start, prints });
  };
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        (node as hbs.AST.Program).body.forEach((n) => visit(n as Node));
        break;
      case "MustacheStatement": {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length === 0) visitPath(m.path, true, m.loc);
        else m.params.forEach((p) => visitPath(p, false, m.loc));
        break;
      }
      case "BlockStatement": {
        const b = node as hbs.AST.BlockStatement;
        b.params.forEach((p) => visitPath(p, false, b.loc));
        visit(b.program as Node);
        visit(b.inverse as Node | undefined);
        break;
      }
    }
  };
  visit(ast as Node);
  return slots;
}

/** Parses template text with Handlebars; throws Handlebars' own error on bad syntax. */
export function parseTemplate(text: string): hbs.AST.Program {
  return Handlebars.parse(text);
}
