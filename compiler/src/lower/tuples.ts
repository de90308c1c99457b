// tuples.ts: what tuple types (`[string, number]`) need beyond arrays.
//
// A tuple is an array at run time (literals, `t[0]`, writes, destructuring and array methods compile as
// for `T[]`); its static type only fixes the type of each position, which the checker gives every access.
// `t.length` is declared by the tuple type itself rather than by the library's Array, so it is lowered here.
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { coerce } from "./support.ts";

/** `t.length` on a tuple, or undefined for any other property access. */
export function tupleLength(lw: Lowerer, node: ts.PropertyAccessExpression, out: Stmt[]): Expr | undefined {
  if (node.name.text !== "length") return undefined;
  const t = lw.checker.getNonNullableType(lw.checker.getTypeAtLocation(node.expression));
  if (!lw.checker.isTupleType(t)) return undefined;
  const self = coerce(lw.expr(node.expression, out), "val");
  lw.includes.add("rg_coll.h");
  return coerce({ k: "rt", ty: "f64", fn: "rg_arr_length", args: [self], effects: false }, lw.typeOf(node));
}
