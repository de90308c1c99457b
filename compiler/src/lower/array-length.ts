// array-length.ts: `arr.length = n` (and `arr.length -= k`, ...) on arrays.
//
// Shrinking works as in JavaScript: the items from n on are dropped (rg_arr_set_length, rg_coll.h, which
// also throws JavaScript's RangeError "Invalid array length" for a negative or fractional n). Growing
// would leave holes, which regen arrays cannot represent (JavaScript shows them as `<n empty items>` and
// skips them in forEach/map): it throws a RangeError that says so, instead of silently giving different
// results. The expression's value is n, as in JavaScript.
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { numericBinary, toF64, type NumericOperator } from "./numeric.ts";
import { coerce, skipParens } from "./support.ts";

export const growMessage =
  "Invalid array length: regen arrays have no holes, so setting length can only shrink an array (push items to grow it)";

/** True for `xs.length` where xs is an array (`T[]`), as an assignment target. */
export function isArrayLength(checker: ts.TypeChecker, node: ts.Expression): boolean {
  const target = skipParens(node);
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== "length") return false;
  const t = checker.getNonNullableType(checker.getTypeAtLocation(target.expression));
  return checker.isArrayType(t);
}

/** `xs.length = n` / `xs.length op= n`. */
export function arrayLengthAssignment(
  lw: Lowerer,
  node: ts.BinaryExpression,
  compound: NumericOperator | undefined,
  out: Stmt[],
): Expr {
  const target = skipParens(node.left) as ts.PropertyAccessExpression;
  lw.includes.add("rg_coll.h");
  const a = lw.spill(coerce(lw.expr(target.expression, out), "val"), out);
  const length: Expr = { k: "rt", ty: "f64", fn: "rg_arr_length", args: [a], effects: false };
  const old = compound === undefined ? undefined : lw.spill(length, out);
  const right = toF64(coerce(lw.expr(node.right, out), "f64"));
  const n = lw.spill(toF64(old === undefined ? right : numericBinary(compound ?? "-", old, right)), out);
  setLength(lw, a, n, out);
  return n;
}

/** Sets array a's length to n (a saved number): throws when that would grow it, else truncates. */
function setLength(lw: Lowerer, a: Expr, n: Expr, out: Stmt[]): void {
  const length = (): Expr => ({ k: "rt", ty: "f64", fn: "rg_arr_length", args: [a], effects: false });
  // A valid length (ToUint32(n) === n) above the current one would grow the array.
  const grows: Expr = {
    k: "binary",
    ty: "bool",
    op: "&&",
    l: { k: "binary", ty: "bool", op: ">", l: n, r: length() },
    r: {
      k: "binary",
      ty: "bool",
      op: "==",
      l: { k: "convert", ty: "f64", e: { k: "convert", ty: "u32", e: n } },
      r: n,
    },
  };
  out.push({
    k: "if",
    c: grows,
    then: [
      {
        k: "expr",
        e: lw.runtime("rg_throw.h", "rg_throw_error", "void", [
          { k: "raw", ty: "u32", text: "RG_ERROR_RANGE", effects: false },
          { k: "raw", ty: "val", text: JSON.stringify(growMessage), effects: false },
        ]),
      },
    ],
    otherwise: [],
  });
  out.push({ k: "expr", e: lw.runtime("rg_coll.h", "rg_arr_set_length", "void", [a, n]) });
}

/** `xs.length--` / `--xs.length` (and `++`, which grows, so throws as above). */
export function arrayLengthUpdate(
  lw: Lowerer,
  operand: ts.Expression,
  op: "+" | "-",
  prefix: boolean,
  out: Stmt[],
): Expr {
  const target = skipParens(operand) as ts.PropertyAccessExpression;
  lw.includes.add("rg_coll.h");
  const a = lw.spill(coerce(lw.expr(target.expression, out), "val"), out);
  const old = lw.spill({ k: "rt", ty: "f64", fn: "rg_arr_length", args: [a], effects: false }, out);
  const n = lw.spill({ k: "binary", ty: "f64", op, l: old, r: { k: "number", ty: "f64", value: 1 } }, out);
  setLength(lw, a, n, out);
  return prefix ? n : old;
}
