/** A place in template.hbs where a field is used. `offset` is a UTF-16 index into the template text. */
export interface Slot {
  key: string;
  offset: number;
  length: number;
  /** True for a plain `{{key}}` that prints the value; false for a reference in a block or helper. */
  prints: boolean;
}

/** A construct the template may not use: a helper or partial xfill does not provide, or an expression that is not a field. */
export interface SlotProblem {
  code: "template-unknown-helper" | "template-partial" | "template-bad-expression";
  name: string;
  offset: number;
  length: number;
}

/**
 * Handlebars' own block helpers, the only ones a template may call: templates never bring code. `lookup`
 * (a key computed at render time, which no load-time check can see) and `log` (writes to the console) are not
 * among them.
 */
const BUILTIN_HELPERS = new Set(["if", "unless", "each", "with"]);

type Node = hbs.AST.Node & { type: string };

/**
 * A field name as a slot writes it: dot-separated names (县名, economy.output), no this, ./, ../, [segment]
 * or a/b. Whether the name is a field of fields.yaml is checked later (template-unknown-slot).
 */
const FIELD_PATH = /^(?!this(?:\.|$))[^./[\]\s]+(?:\.[^./[\]\s]+)*$/;

/** Finds every field reference in a parsed template, in document order, and any helper or partial it calls. */
export function findSlots(ast: hbs.AST.Program, text: string): { slots: Slot[]; problems: SlotProblem[] } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const toOffset = (loc: hbs.AST.Position) => (lineStarts[loc.line - 1] ?? 0) + loc.column;
  const span = (loc: hbs.AST.SourceLocation) => ({
    offset: toOffset(loc.start),
    length: toOffset(loc.end) - toOffset(loc.start),
  });
  const slots: Slot[] = [];
  const problems: SlotProblem[] = [];

  // Every expression must be a plain field name: `this`, `@index`, `../x`, literals and (sub expressions)
  // would pass a check that only looks for field names and then fail at render, in English.
  const bad = (loc: hbs.AST.SourceLocation) => {
    const where = span(loc);
    // The opening tag only: a block's source runs on to its {{/if}}.
    const whole = text.slice(where.offset, where.offset + where.length);
    const close = whole.indexOf("}}");
    const source = close < 0 ? whole : whole.slice(0, close + 2);
    problems.push({
      code: "template-bad-expression",
      name: source.length > 40 ? `${source.slice(0, 40)}…` : source,
      ...where,
    });
  };
  const visitPath = (p: hbs.AST.Expression | undefined, prints: boolean, loc: hbs.AST.SourceLocation) => {
    if (!p) return;
    if (p.type !== "PathExpression") return bad(loc);
    const path = p as hbs.AST.PathExpression;
    if (path.data || path.depth > 0 || !FIELD_PATH.test(path.original)) return bad(loc);
    slots.push({ key: path.original, prints, ...span(loc) });
  };
  /** Whether the call is to a helper a template may use; reports it when not. */
  const helperCall = (path: hbs.AST.PathExpression | hbs.AST.Literal, loc: hbs.AST.SourceLocation): boolean => {
    const name = "original" in path ? String(path.original) : "";
    if (BUILTIN_HELPERS.has(name)) return true;
    problems.push({ code: "template-unknown-helper", name, ...span(loc) });
    return false;
  };
  /** The fields an unknown helper was given still count as used: the helper is the one problem reported. */
  const usedBy = (params: hbs.AST.Expression[], loc: hbs.AST.SourceLocation) => {
    for (const p of params) {
      const path = p as hbs.AST.PathExpression;
      if (p.type === "PathExpression" && !path.data && path.depth === 0 && FIELD_PATH.test(path.original))
        slots.push({ key: path.original, prints: false, ...span(loc) });
    }
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
        else if (!helperCall(m.path, m.loc)) usedBy(m.params, m.loc);
        else if (m.hash) bad(m.loc);
        else m.params.forEach((p) => visitPath(p, false, m.loc));
        break;
      }
      case "Decorator":
      case "DecoratorBlock":
        bad((node as hbs.AST.Node).loc);
        break;
      case "BlockStatement": {
        const b = node as hbs.AST.BlockStatement;
        if (!helperCall(b.path, b.loc)) usedBy(b.params, b.loc);
        else if (b.hash || (b.program?.blockParams?.length ?? 0) > 0) bad(b.loc);
        else b.params.forEach((p) => visitPath(p, false, b.loc));
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
