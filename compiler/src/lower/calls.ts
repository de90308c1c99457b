// calls.ts: lowering of calls: the regen module's built-ins, timers, and calls of the app's functions.
//
// Arguments are evaluated left to right (saved in temporaries when a later one has side effects). Timer callbacks that capture nothing are lifted into C functions of their own.
import { ts } from "ts-morph";

import { calleeBuiltin, resolveIdentifier } from "../check/resolve.ts";
import { valueTypeOf, type ValueType } from "../check/value-types.ts";
import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { toF64, toInt } from "./numeric.ts";
import { block, expressionStatement } from "./statements.ts";
import { methodCall, superCall } from "./classes.ts";
import { callValue } from "./closures.ts";
import { libraryCall } from "./library.ts";
import { argumentsFor } from "./params.ts";
import { coerce, hasEffects, LoweringError } from "./support.ts";

export function call(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr {
  const builtin = calleeBuiltin(node.expression, lw.checker);
  const timer = builtin === "setTimeout" || builtin === "setInterval";
  // A timer's callback is not a value: it is lifted into a function of its own below.
  if (builtin === "loadState") {
    lw.stateCalls.load = true;
    return { k: "rt", ty: lw.typeOf(node), fn: "rg_state_load", args: [], effects: true };
  }
  if (builtin === "saveState") {
    lw.stateCalls.save = true;
    const args = callArguments(lw, node.arguments, [lw.state === undefined ? "void" : "val"], out);
    return { k: "rt", ty: "save", fn: "rg_state_save", args, effects: true };
  }
  if (builtin === undefined) {
    if (node.expression.kind === ts.SyntaxKind.SuperKeyword) return superCall(lw, node, out);
    const method = methodCall(lw, node, out);
    if (method !== undefined) return method;
    const library = libraryCall(lw, node, out);
    if (library !== undefined) return library;
    if (ts.isIdentifier(node.expression) && resolveIdentifier(node.expression, lw.checker).k === "function")
      return userCall(lw, node, out);
    return callValue(lw, node, out);
  }
  const args = lw.operands(timer ? node.arguments.slice(1) : node.arguments, out);
  const first = args[0];
  switch (builtin) {
    case "i32":
    case "u32":
    case "u8":
      if (first === undefined) throw new LoweringError(node, "conversion without argument");
      return toInt(first, builtin);
    case "now":
      return { k: "rt", ty: "f64", fn: "rg_rt_now", args: [], effects: false };
    case "setTimeout":
    case "setInterval": {
      const callback = node.arguments[0];
      if (callback === undefined) throw new LoweringError(node, "timer without callback");
      if (lw.captures.closureTimers) {
        // The kernel calls the app's dispatcher with the timer id; the runtime finds the closure.
        lw.usesTimerDispatch = true;
        const fnValue = lw.expr(callback, out);
        const delay = first === undefined ? ({ k: "number", ty: "f64", value: 0 } as const) : toF64(first);
        const repeat: Expr = { k: "bool", ty: "bool", value: builtin === "setInterval" };
        return lw.runtime("rg_promise.h", "rg_rt_timer_start_closure", "timer", [
          coerce(fnValue, "val"),
          delay,
          repeat,
        ]);
      }
      const fn = timerCallback(lw, callback);
      const delay = first === undefined ? ({ k: "number", ty: "f64", value: 0 } as const) : toF64(first);
      const repeat: Expr = { k: "bool", ty: "bool", value: builtin === "setInterval" };
      return {
        k: "rt",
        ty: "timer",
        fn: "rg_rt_timer_start",
        args: [{ k: "funcref", ty: "void", fn }, delay, repeat],
        effects: true,
      };
    }
    case "clearTimeout":
    case "clearInterval":
      if (first === undefined) throw new LoweringError(node, "clear without id");
      if (lw.captures.closureTimers) return lw.runtime("rg_promise.h", "rg_rt_timer_clear", "void", [first]);
      return { k: "rt", ty: "void", fn: "rg_rt_timer_cancel", args: [first], effects: true };
    case "debug.hangKernel":
      return { k: "rt", ty: "void", fn: "rg_rt_debug_hang_kernel", args: [], effects: true };
    case undefined:
      break;
    default:
      throw new LoweringError(node, `${builtin} used as a value`);
  }
  return userCall(lw, node, out);
}

export function userCall(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr {
  if (!ts.isIdentifier(node.expression)) throw new LoweringError(node, "call of a non-function");
  const r = resolveIdentifier(node.expression, lw.checker);
  const fn = r.k === "function" ? lw.names.function(r.decl) : undefined;
  if (r.k !== "function" || fn === undefined) throw new LoweringError(node, "call of an unknown function");
  const args = argumentsFor(lw, r.decl.parameters, node.arguments, out);
  // A generic function returns its declared C type (a `T` is an rg_val); the call's instantiated type
  // may be a number or boolean to unbox.
  const call: Expr = { k: "call", ty: lw.returnsOf(r.decl), fn, args };
  const ty = lw.typeOf(node);
  return ty === "void" || call.ty === "void" ? call : coerce(call, ty);
}

/** Arguments left to right, like operands, each converted to its parameter's type. */
export function callArguments(
  lw: Lowerer,
  nodes: readonly ts.Expression[],
  params: readonly ValueType[],
  out: Stmt[],
): Expr[] {
  const lowered = nodes.map((n) => {
    const pre: Stmt[] = [];
    const e = lw.expr(n, pre);
    return { pre, e };
  });
  const effects = lowered.some((p) => p.pre.length > 0 || hasEffects(p.e));
  return lowered.map((p, i) => {
    out.push(...p.pre);
    const ty = params[i] ?? p.e.ty;
    const e = coerce(p.e, ty);
    return effects && i < lowered.length - 1 ? lw.spill(e, out) : e;
  });
}

/** The C function a timer calls: a user function (wrapped when it takes or returns something) or a lifted
 * arrow function. */
export function timerCallback(lw: Lowerer, node: ts.Expression): string {
  if (ts.isIdentifier(node)) {
    const r = resolveIdentifier(node, lw.checker);
    if (r.k !== "function") throw new LoweringError(node, "callback is not a function");
    const fn = lw.names.function(r.decl);
    if (fn === undefined) throw new LoweringError(node, "unknown callback");
    const signature = lw.checker.getSignatureFromDeclaration(r.decl);
    const returns =
      signature === undefined
        ? "void"
        : valueTypeOf(lw.checker.getReturnTypeOfSignature(signature), lw.checker);
    if (returns === "void" && r.decl.parameters.length === 0) return fn;
    // Optional, default and rest parameters get what a call without arguments passes (params.ts).
    const args = argumentsFor(lw, r.decl.parameters, [], []);
    const name = lw.names.nextCallback();
    lw.functions.push({
      name,
      params: [],
      returns: "void",
      line: 1,
      body: [{ k: "expr", e: { k: "call", ty: returns ?? "void", fn, args } }],
    });
    return name;
  }
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node))
    throw new LoweringError(node, "unsupported callback");
  const name = lw.names.nextCallback();
  const body = lw.withFunction("void", () => {
    if (ts.isBlock(node.body)) return block(lw, node.body.statements);
    const out: Stmt[] = [lw.line(node.body)];
    expressionStatement(lw, node.body, out);
    return out;
  });
  lw.functions.push({
    name,
    params: [],
    returns: "void",
    body,
    line: lw.file.getLineAndCharacterOfPosition(node.getStart(lw.file)).line + 1,
  });
  return name;
}
