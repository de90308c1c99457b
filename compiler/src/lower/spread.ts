// spread.ts: spread syntax: `[...a, x, ...b]`, `f(...args)`, `Math.max(...xs)`, and `{ ...base, x: 1 }`.
//
// An array literal or argument list with spread elements is built as a new array, element by element in
// source order: plain items are pushed, and each spread appends the items of its operand (an array
// directly; a string, Map, Set or typed array through Array.from's iteration, so a string spreads by code
// point and a Map into [key, value] pairs) with the generated helper rgc_spread. A call then passes that
// array's items as its `argc, argv` (function values, library rest parameters) or takes each parameter from
// it (declared functions, params.ts). An object spread copies the properties the source's static type
// declares, by name, into the new object's slots (objects.ts keeps the literal's key order: a key takes
// the position of its first appearance and the value of its last, as in JavaScript).
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { coerce } from "./support.ts";

export function hasSpread(nodes: readonly ts.Expression[]): boolean {
  return nodes.some((n) => ts.isSpreadElement(n));
}

function spreadHelper(lw: Lowerer): void {
  lw.helpers.add("spread");
  lw.includes.add("rg_coll.h");
}

/** A new array holding the elements (spread ones expanded), evaluated left to right. */
export function spreadArray(lw: Lowerer, elements: readonly ts.Expression[], out: Stmt[]): Expr {
  const first = elements.findIndex((e) => ts.isSpreadElement(e));
  const prefix = first < 0 ? elements : elements.slice(0, first);
  const items = lw.operands(prefix, out).map((e) => coerce(e, "val"));
  const array = lw.runtime("rg_coll.h", "rg_arr_of", "val", [{ k: "argv", ty: "void", items }]);
  if (first < 0) return array;
  // Saved by spill: in an async function it lives in the frame, as a later element may await.
  const target = lw.spill(array, out);
  spreadHelper(lw);
  for (const e of elements.slice(first)) {
    if (ts.isSpreadElement(e)) {
      const source = coerce(lw.expr(e.expression, out), "val");
      out.push({ k: "expr", e: lw.runtime("rg_coll.h", "rgc_spread", "void", [target, source]) });
    } else {
      const v = coerce(lw.expr(e, out), "val");
      out.push({ k: "expr", e: lw.runtime("rg_coll.h", "rg_arr_push1", "f64", [target, v]) });
    }
  }
  return target;
}

/** `argc, argv` of a uniform or rest call: the arguments as listed, or the items of their spread array. */
export function spreadArgv(lw: Lowerer, nodes: readonly ts.Expression[], out: Stmt[]): Expr {
  if (!hasSpread(nodes)) {
    const items = lw.operands(nodes, out).map((e) => coerce(e, "val"));
    return { k: "argv", ty: "void", items };
  }
  // A C local (also in an async function: it is used right here, before any await).
  const t = lw.scope.temp();
  out.push({ k: "decl", name: t, ty: "val", init: spreadArray(lw, nodes, out) });
  spreadHelper(lw);
  // The pointer into the array's store keeps it alive (the collector honours interior pointers).
  return { k: "raw", ty: "void", text: `rg_arr_count(${t}), rgc_items(${t})`, effects: false };
}

/** The operands of a library call (`lead`: the receiver, then the arguments): with a spread argument
 * (only into the rest parameter, subset.ts) the values before the rest parameter, saved, and the rest
 * parameter's `argc, argv` from an array built at run time. */
export function spreadArguments(
  lw: Lowerer,
  decl: ts.SignatureDeclaration,
  lead: readonly ts.Expression[],
  nodes: readonly ts.Expression[],
  out: Stmt[],
): { values: Expr[]; rest: Expr | undefined } {
  const restIndex = decl.parameters.findIndex((p) => p.dotDotDotToken !== undefined);
  if (!hasSpread(nodes) || restIndex < 0)
    return { values: lw.operands([...lead, ...nodes], out), rest: undefined };
  const before = nodes.slice(0, restIndex);
  const values = lw.operands([...lead, ...before], out).map((v) => lw.spill(v, out));
  return { values, rest: spreadArgv(lw, nodes.slice(restIndex), out) };
}
