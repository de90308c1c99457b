// typed-elements.ts: `x[i]` on typed arrays: reads, writes, compound assignment and ++/--.
//
// A read is rg_typed_get_index (rg_coll.h): the element as a number, or undefined outside the array, as
// JavaScript gives (its static type is `number | undefined`). A write is rg_typed_set_index, which
// converts the number as the array's kind does (`u8[i] = 300` stores 44, Float32Array rounds) and ignores
// indexes outside the array. As in JavaScript, the value of `x[i] = v` and `x[i] += v` is the number
// assigned, not the converted element. Neither function allocates or throws: no context.
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { numericBinary, toF64, type NumericOperator } from "./numeric.ts";
import { coerce, LoweringError, skipParens } from "./support.ts";

const typedNames = /^(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array$/;

/** True when `node` (the object of an element access) is a typed array. */
export function isTypedArray(lw: Lowerer, node: ts.Expression): boolean {
  const t = lw.checker.getNonNullableType(lw.checker.getTypeAtLocation(node));
  return typedNames.test(t.getSymbol()?.getName() ?? "");
}

function get(lw: Lowerer, a: Expr, i: Expr): Expr {
  lw.includes.add("rg_coll.h");
  return { k: "rt", ty: "val", fn: "rg_typed_get_index", args: [coerce(a, "val"), i], effects: false };
}

function set(lw: Lowerer, a: Expr, i: Expr, v: Expr): Stmt {
  lw.includes.add("rg_coll.h");
  return {
    k: "expr",
    e: { k: "rt", ty: "void", fn: "rg_typed_set_index", args: [coerce(a, "val"), i, v], effects: true },
  };
}

/** The number of an element read: undefined (outside the array) becomes NaN, as `+x[i]` would. */
function numberOf(lw: Lowerer, v: Expr, out: Stmt[]): Expr {
  const x = lw.spill(v, out);
  return {
    k: "cond",
    ty: "f64",
    c: { k: "rt", ty: "bool", fn: "rg_is_num", args: [x], effects: false },
    a: coerce(x, "f64"),
    b: { k: "number", ty: "f64", value: NaN },
  };
}

/** `x[i]`. */
export function typedElementGet(lw: Lowerer, node: ts.ElementAccessExpression, out: Stmt[]): Expr {
  const [a, index] = lw.operands([node.expression, node.argumentExpression], out);
  if (a === undefined || index === undefined) throw new LoweringError(node, "missing operand");
  // Kept as a value even where the checker narrowed the read to `number` (after `x[5] = 7`, which a
  // short array ignores): it may be undefined, as JavaScript prints it; users of it convert.
  return get(lw, a, toF64(coerce(index, "f64")));
}

/** `x[i] = v` and `x[i] op= v`. */
export function typedElementAssignment(
  lw: Lowerer,
  node: ts.BinaryExpression,
  compound: NumericOperator | undefined,
  out: Stmt[],
): Expr {
  const target = skipParens(node.left) as ts.ElementAccessExpression;
  const [arr, index] = lw.operands([target.expression, target.argumentExpression], out);
  if (arr === undefined || index === undefined) throw new LoweringError(node, "missing operand");
  const a = lw.spill(arr, out);
  const i = lw.spill(toF64(coerce(index, "f64")), out);
  // JavaScript reads the old element before it evaluates the right side.
  const old = compound === undefined ? undefined : lw.spill(numberOf(lw, get(lw, a, i), out), out);
  const value = toF64(coerce(lw.expr(node.right, out), "f64"));
  const stored = lw.spill(old === undefined ? value : numericBinary(compound ?? "+", old, value), out);
  out.push(set(lw, a, i, toF64(stored)));
  return stored;
}

/** `x[i]++` and friends. */
export function typedElementUpdate(
  lw: Lowerer,
  operand: ts.Expression,
  op: "+" | "-",
  prefix: boolean,
  out: Stmt[],
): Expr {
  const target = skipParens(operand) as ts.ElementAccessExpression;
  const [arr, index] = lw.operands([target.expression, target.argumentExpression], out);
  if (arr === undefined || index === undefined) throw new LoweringError(operand, "missing operand");
  const a = lw.spill(arr, out);
  const i = lw.spill(toF64(coerce(index, "f64")), out);
  const old = lw.spill(numberOf(lw, get(lw, a, i), out), out);
  const next = lw.spill({ k: "binary", ty: "f64", op, l: old, r: { k: "number", ty: "f64", value: 1 } }, out);
  out.push(set(lw, a, i, next));
  return prefix ? next : old;
}
