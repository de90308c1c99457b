// truthiness.ts: JavaScript truthiness in conditions, `!`, and `&&` / `||` on values of any type.
//
// `if (n)`, `while (s)`, `!x`, `a ? b : c`, `name || "anon"` and `n && f()` test ToBoolean of their value:
// 0, -0, NaN, "", null, undefined and false are falsy, everything else truthy. A boolean is its own test;
// a number held in a C double is tested inline (`x == x && x != 0`); an integer is `!= 0`; every rg_val
// (strings, unions, objects) goes through rg_truthy (rg_coll.h). In a condition, `&&`, `||` and `!` test
// their operands directly (no value is built); as values, `a || b` and `a && b` give one of their
// operands, as JavaScript does, with `b` evaluated only when needed.
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { coerce, skipParens } from "./support.ts";

/** True when every value of the type other than null and undefined is an object (always truthy). `{}`
 * and `Object` are object types that also hold primitives (`const v: {} = 0`): those are tested. */
function objectsOrNullish(lw: Lowerer, type: ts.Type): boolean {
  const t = lw.checker.getNonNullableType(type);
  const members = t.isUnion() ? t.types : [t];
  const c = lw.checker;
  const primitives = [c.getNumberType(), c.getStringType(), c.getBooleanType()];
  return members.every(
    (m) => (m.flags & ts.TypeFlags.Object) !== 0 && !primitives.some((p) => c.isTypeAssignableTo(p, m)),
  );
}

/** ToBoolean of a lowered value, as a C bool expression (the value is read once). `type`, the value's
 * TypeScript type when known, lets an object-or-nullish value be one inline test. */
export function truthy(lw: Lowerer, e: Expr, out: Stmt[], type?: ts.Type): Expr {
  if (e.ty === "bool") return e;
  if (e.k === "number") return { k: "bool", ty: "bool", value: !(e.value === 0 || Number.isNaN(e.value)) };
  if (e.k === "int") return { k: "bool", ty: "bool", value: e.value !== 0 };
  if (e.ty === "i32" || e.ty === "u32" || e.ty === "u8" || e.ty === "i64") {
    // A literal 0 of the same C type (an i64 loop counter compares with a plain int constant).
    const zero: Expr = { k: "int", ty: e.ty === "i64" ? "i32" : e.ty, value: 0 };
    return { k: "binary", ty: "bool", op: "!=", l: e, r: zero };
  }
  if (e.ty === "f64") {
    // Read twice below: a temporary unless it is a plain variable.
    const x = e.k === "var" ? e : lw.spill(e, out);
    return {
      k: "binary",
      ty: "bool",
      op: "&&",
      l: { k: "binary", ty: "bool", op: "==", l: x, r: x },
      r: { k: "binary", ty: "bool", op: "!=", l: x, r: { k: "number", ty: "f64", value: 0 } },
    };
  }
  if (e.k === "special") return { k: "bool", ty: "bool", value: false };
  if (type !== undefined && objectsOrNullish(lw, type)) {
    const nullish: Expr = {
      k: "rt",
      ty: "bool",
      fn: "rg_is_nullish",
      args: [coerce(e, "val")],
      effects: false,
    };
    return { k: "unary", ty: "bool", op: "!", e: nullish };
  }
  lw.includes.add("rg_coll.h");
  return { k: "rt", ty: "bool", fn: "rg_truthy", args: [coerce(e, "val")], effects: false };
}

/** A condition (if, loops, `?:`, operands of `!`, `&&`, `||` in a condition) as a C bool. */
export function condition(lw: Lowerer, node: ts.Expression, out: Stmt[]): Expr {
  const e = skipParens(node);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    return { k: "unary", ty: "bool", op: "!", e: condition(lw, e.operand, out) };
  }
  if (
    ts.isBinaryExpression(e) &&
    (e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
      e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    const and = e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken;
    const l = condition(lw, e.left, out);
    const pre: Stmt[] = [];
    const r = condition(lw, e.right, pre);
    if (pre.length === 0) return { k: "binary", ty: "bool", op: and ? "&&" : "||", l, r };
    // The right side needs statements: they run only when the left side does not decide.
    const t = lw.scope.temp();
    out.push({ k: "decl", name: t, ty: "bool", init: l });
    const tv: Expr = { k: "var", ty: "bool", name: t, global: false };
    const assign: Stmt = {
      k: "expr",
      e: { k: "assign", ty: "bool", name: t, global: false, e: r },
    };
    out.push({
      k: "if",
      c: and ? tv : { k: "unary", ty: "bool", op: "!", e: tv },
      then: [...pre, assign],
      otherwise: [],
    });
    return tv;
  }
  return truthy(lw, lw.expr(e, out), out, lw.checker.getTypeAtLocation(e));
}

/** `a && b` / `a || b` as a value when an operand is not a boolean: one of the operands. */
export function logicalValue(lw: Lowerer, node: ts.BinaryExpression, and: boolean, out: Stmt[]): Expr {
  let ty = lw.typeOf(node);
  const left = lw.expr(node.left, out);
  if (ty === "void") ty = left.ty;
  // The left value is both tested and possibly the result: held once.
  const l = left.k === "var" || left.k === "special" ? left : lw.spill(left, out);
  const test = truthy(lw, l, out, lw.checker.getTypeAtLocation(node.left));
  const pre: Stmt[] = [];
  const right = lw.expr(node.right, pre);
  const a = coerce(l, ty);
  const useRight = (): Expr => coerce(right, ty);
  if (pre.length === 0) {
    return { k: "cond", ty, c: test, a: and ? useRight() : a, b: and ? a : useRight() };
  }
  const t = lw.scope.temp();
  out.push({ k: "decl", name: t, ty, init: undefined });
  const assign = (e: Expr): Stmt => ({
    k: "expr",
    e: { k: "assign", ty, name: t, global: false, e },
  });
  const takeLeft = [assign(a)];
  const takeRight = [...pre, assign(useRight())];
  out.push({ k: "if", c: test, then: and ? takeRight : takeLeft, otherwise: and ? takeLeft : takeRight });
  return { k: "var", ty, name: t, global: false };
}

/** `x!`: x's value converted to the narrowed type. A number or boolean read of null or undefined gives
 * what JavaScript's conversion would (NaN, false); a string is used as a pointer, and so is an object
 * whose property is read, so a null or undefined there throws a TypeError instead of being dereferenced. */
export function nonNullValue(lw: Lowerer, node: ts.NonNullExpression, out: Stmt[]): Expr {
  const ty = lw.typeOf(node);
  const v = lw.expr(node.expression, out);
  const scalar = ["f64", "bool", "i32", "u32", "u8", "i64"].includes(ty);
  const operand = lw.checker.getTypeAtLocation(node.expression);
  const nullable = (t: ts.Type): boolean =>
    (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;
  const mayBeNullish = operand.isUnion() ? operand.types.some(nullable) : nullable(operand);
  // An object or union stays an rg_val, which prints and compares as undefined: it is checked only
  // where it is dereferenced (`x!.p`, `x![i]`, `x!()`), where JavaScript throws the TypeError too.
  const p = node.parent;
  const dereferenced =
    ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === node) ||
    (ts.isCallExpression(p) && p.expression === node);
  if (scalar || v.ty !== "val" || !mayBeNullish || (ty === "val" && !dereferenced)) return coerce(v, ty);
  const held = v.k === "var" ? v : lw.spill(v, out);
  out.push({
    k: "if",
    c: { k: "rt", ty: "bool", fn: "rg_is_nullish", args: [held], effects: false },
    then: [
      {
        k: "expr",
        e: lw.runtime("rg_throw.h", "rg_throw_error", "void", [
          { k: "raw", ty: "u32", text: "RG_ERROR_TYPE", effects: false },
          { k: "raw", ty: "val", text: JSON.stringify(nonNullMessage), effects: false },
        ]),
      },
    ],
    otherwise: [],
  });
  return coerce(held, ty);
}

export const nonNullMessage = "Cannot use null or undefined as a value: a non-null assertion (x!) was wrong";
