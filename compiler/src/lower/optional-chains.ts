// optional-chains.ts: `a?.b`, `a?.[i]`, `a?.m(args)` and `f?.(args)`, each a guard around the plain form.
//
// Every optional link evaluates its receiver once into a saved value, and only when that value is neither
// null nor undefined runs the rest of the link (the property read, the index, the arguments, the call),
// with the receiver pinned to the saved value so the plain lowering reuses it. A link after `?.` in the same
// chain (`a?.b.c`) guards on its own receiver too, so the whole chain is undefined when any link is.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";
import type { Expr, Stmt } from "../ir.ts";
import { promiseCall } from "./async.ts";
import { call } from "./calls.ts";
import { classProperty } from "./classes.ts";
import { errorProperty } from "./exceptions.ts";
import { elementAccess, libraryProperty } from "./library.ts";
import type { Lowerer } from "./lower.ts";
import { propertyGet } from "./objects.ts";
import { coerce } from "./support.ts";

const undefinedValue: Expr = { k: "special", ty: "val", value: "RG_UNDEFINED" };

/**
 * The guard every optional link shares: `saved` is the link's receiver (or function value), already
 * evaluated; `link` lowers the rest of the link into its own statements, which run only when `saved` is not
 * nullish. The result is undefined otherwise (nothing for a `void` link).
 */
function guarded(lw: Lowerer, saved: Expr, ty: ValueType, out: Stmt[], link: (pre: Stmt[]) => Expr): Expr {
  const t = lw.scope.temp();
  out.push({ k: "decl", name: t, ty: "val", init: undefinedValue });
  const pre: Stmt[] = [];
  const result = link(pre);
  const isVoid = ty === "void" || result.ty === "void";
  pre.push(
    isVoid
      ? { k: "expr", e: result }
      : {
          k: "expr",
          e: { k: "assign", ty: "val", name: t, global: false, e: coerce(result, "val") },
        },
  );
  out.push({
    k: "if",
    c: {
      k: "unary",
      ty: "bool",
      op: "!",
      e: { k: "rt", ty: "bool", fn: "rg_is_nullish", args: [saved], effects: false },
    },
    then: pre,
    otherwise: [],
  });
  return isVoid
    ? { k: "raw", ty: "void", text: "(void)0", effects: false }
    : coerce({ k: "var", ty: "val", name: t, global: false }, ty);
}

/** Saves `receiver`, then guards `link`, which sees `receiver` pinned to the saved non-nullish value. */
function guardedReceiver(
  lw: Lowerer,
  receiver: ts.Expression,
  ty: ValueType,
  out: Stmt[],
  link: (pre: Stmt[], saved: Expr) => Expr,
): Expr {
  const saved = lw.spill(coerce(lw.expr(receiver, out), "val"), out);
  const receiverType = lw.checker.getNonNullableType(lw.checker.getTypeAtLocation(receiver));
  // The checker narrowed the receiver to null or undefined: the chain is undefined.
  if (receiverType.flags & ts.TypeFlags.Never) return coerce(undefinedValue, ty);
  return guarded(lw, saved, ty, out, (pre) => {
    lw.pinned.set(receiver, coerce(saved, lw.typeOfType(receiverType) ?? "val"));
    try {
      return link(pre, saved);
    } finally {
      lw.pinned.delete(receiver);
    }
  });
}

/** `o?.p`: undefined when o is null or undefined, else the property (a class getter reads the saved o). */
export function optionalProperty(lw: Lowerer, node: ts.PropertyAccessExpression, out: Stmt[]): Expr {
  return guardedReceiver(
    lw,
    node.expression,
    lw.typeOf(node),
    out,
    (pre, saved) =>
      classProperty(lw, node, pre) ??
      errorProperty(lw, node, pre) ??
      libraryProperty(lw, node, pre, saved) ??
      propertyGet(lw, node, saved),
  );
}

/** `a?.[i]` (also `a?.b[i]`): undefined when a is null or undefined, else the element; i is evaluated only
 * then. */
export function optionalElement(lw: Lowerer, node: ts.ElementAccessExpression, out: Stmt[]): Expr {
  return guardedReceiver(lw, node.expression, lw.typeOf(node), out, (pre) => elementAccess(lw, node, pre));
}

/** The value type of an optional call: `void` when the function returns nothing (its type is then
 * `void | undefined`, which is no value type). */
export function optionalCallType(lw: Lowerer, node: ts.CallExpression): ValueType {
  const t = lw.checker.getTypeAtLocation(node);
  const parts = t.isUnion() ? t.types : [t];
  const nothing = parts.every((p) => p.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined));
  return nothing && parts.some((p) => p.flags & ts.TypeFlags.Void) ? "void" : lw.typeOf(node);
}

/** `o?.m(args)` (also `a?.b.m(args)`): undefined when o is null or undefined, else the call on o (its
 * arguments are not evaluated then, as in JavaScript). */
export function optionalMethodCall(
  lw: Lowerer,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
  out: Stmt[],
): Expr {
  const ty = optionalCallType(lw, node);
  return guardedReceiver(lw, callee.expression, ty, out, (pre) => {
    // The call's own type is the optional chain's, minus the undefined the guard adds.
    lw.pinnedTypes.set(node, ty);
    try {
      return promiseCall(lw, node, pre) ?? call(lw, node, pre);
    } finally {
      lw.pinnedTypes.delete(node);
    }
  });
}

/** `f?.(args)`, `o.cb?.(args)`: undefined when the function value is null or undefined, else its call
 * (the arguments are evaluated only then). */
export function optionalValueCall(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr {
  const ty = optionalCallType(lw, node);
  const fn = lw.spill(coerce(lw.expr(node.expression, out), "val"), out);
  return guarded(lw, fn, ty, out, (pre) => {
    const args = lw.operands(node.arguments, pre).map((a) => coerce(a, "val"));
    return lw.runtime("rg_alloc.h", "rg_call", "val", [fn, { k: "argv", ty: "void", items: args }]);
  });
}
