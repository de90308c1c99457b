// text.ts: console.log arguments and template literal pieces as text parts.
//
// Flattens arguments and template spans into literal text and values, lowering values left to right.
import { ts } from "ts-morph";

import type { Stmt, TextPart } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { hasSpread, spreadArray } from "./spread.ts";
import { hasEffects, LoweringError } from "./support.ts";

export function textParts(
  lw: Lowerer,
  args: readonly ts.Expression[],
  separate: boolean,
  out: Stmt[],
): TextPart[] {
  // `console.log("a", ...xs, b)`: the arguments, spread ones expanded, in one array (spread.ts) whose
  // items are printed as separate arguments (a string unquoted, anything else inspected).
  if (separate && hasSpread(args)) {
    const items = spreadArray(lw, args, out);
    lw.includes.add("rg_str.h");
    lw.runtime("rg_coll.h", "rg_inspect_line", "void", []);
    return [{ k: "items", e: items }];
  }
  // Flatten arguments and template spans into pieces; values are lowered left to right with the usual
  // saving of earlier values when a later one has side effects.
  type Piece = { k: "text"; text: string } | { k: "node"; node: ts.Expression; inspect: boolean };
  const pieces: Piece[] = [];
  args.forEach((a, i) => {
    if (i > 0 && separate) pieces.push({ k: "text", text: " " });
    if (ts.isStringLiteralLike(a)) {
      pieces.push({ k: "text", text: a.text });
    } else if (ts.isTemplateExpression(a)) {
      pieces.push({ k: "text", text: a.head.text });
      for (const span of a.templateSpans) {
        if (ts.isStringLiteralLike(span.expression)) pieces.push({ k: "text", text: span.expression.text });
        else pieces.push({ k: "node", node: span.expression, inspect: false });
        pieces.push({ k: "text", text: span.literal.text });
      }
    } else {
      pieces.push({ k: "node", node: a, inspect: separate });
    }
  });
  const nodes = pieces.flatMap((p) => (p.k === "node" ? [p.node] : []));
  // Every argument is evaluated before anything is printed (`console.log(xs, xs.sort())` shows the sorted
  // array twice, as in Node): operands() saves all but the last, so the last is saved too when it has effects.
  const values = lw.operands(nodes, out).map((e) => (hasEffects(e) ? lw.spill(e, out) : e));
  let next = 0;
  const parts: TextPart[] = [];
  for (const p of pieces) {
    if (p.k === "text") {
      if (p.text !== "") parts.push({ k: "text", text: p.text });
    } else {
      const e = values[next++];
      if (e === undefined) throw new LoweringError(p.node, "missing value");
      if (e.ty === "str") lw.includes.add("rg_str.h");
      if (e.ty === "val") {
        // Inspecting or converting a value may allocate (and needs the context).
        lw.includes.add("rg_str.h");
        lw.runtime("rg_coll.h", "rg_inspect_line", "void", []);
      }
      parts.push({ k: "value", e, inspect: p.inspect });
    }
  }
  return parts;
}
