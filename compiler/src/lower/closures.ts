// closures.ts: function values: arrow functions, function expressions and named functions used as values.
//
// Every function value is a closure rg_val whose code has the one uniform signature `rg_val f(cx, self,
// argc, argv)` (rg_val.h): the body unpacks its parameters from argv (missing ones are undefined, so
// default parameters test for undefined; a rest parameter becomes an array of the remaining ones) and
// finds its captured boxes in the closure's environment (captures.ts). A function value that captures
// nothing is a static closure object in flash and costs no allocation. Calls of function values go
// through rg_call; top-level functions called by name keep their typed C signatures.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";
import type { Expr, Param, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { cIdentifier, type VariableName } from "./names.ts";
import { slotOf } from "./objects.ts";
import { bindName } from "./iteration.ts";
import { applyDefault, isPlainParameter, uniformArgument } from "./params.ts";
import { hasSpread, spreadArgv } from "./spread.ts";
import { block, expressionStatement } from "./statements.ts";
import { coerce, LoweringError } from "./support.ts";

/** A function value: an arrow, a function expression, or an object literal's method (objects-methods). */
type FunctionNode = ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

function argument(i: number): Expr {
  return { k: "raw", ty: "val", text: `rg_arg(argc, argv, ${i}u)`, effects: false };
}

/** Declares a local for a variable declaration: a box when closures capture it, else a C local. */
export function declareLocal(
  lw: Lowerer,
  decl: ts.Node,
  base: string,
  ty: ValueType,
  init: Expr,
  out: Stmt[],
): void {
  const early = lw.names.variable(decl);
  if (early?.global === true) {
    // A module-level variable (bound by destructuring at the top level): a field of the globals struct.
    out.push({ k: "expr", e: { k: "assign", ty, name: early.name, global: true, e: init } });
    return;
  }
  if (early?.box === true) {
    out.push({ k: "expr", e: lw.store({ name: early.name, global: false, ty, box: true }, init) });
    return;
  }
  if (lw.captures.boxed.has(decl)) {
    const name = lw.scope.unique(`b_${base}`);
    lw.names.defineVariable(decl, { name, global: false, ty, box: true });
    out.push({ k: "decl", name, ty: "val", init: newBox(lw, coerce(init, "val")) });
    return;
  }
  const name = lw.scope.unique(`l_${base}`);
  lw.names.defineVariable(decl, { name, global: false, ty });
  out.push({ k: "decl", name, ty, init });
}

/** The box of a captured variable, made at the start of its block (holding undefined until declared). */
export function predeclareBox(lw: Lowerer, decl: ts.Node, base: string, ty: ValueType, out: Stmt[]): void {
  const name = lw.scope.unique(`b_${base}`);
  lw.names.defineVariable(decl, { name, global: false, ty, box: true });
  out.push({
    k: "decl",
    name,
    ty: "val",
    init: newBox(lw, { k: "special", ty: "val", value: "RG_UNDEFINED" }),
  });
}

export function newBox(lw: Lowerer, value: Expr): Expr {
  lw.helpers.add("box");
  return lw.runtime("rg_alloc.h", "rgc_box_new", "val", [value]);
}

/** The value of a function expression or arrow: a static closure, or a new one holding its boxes. */
export function functionValue(lw: Lowerer, node: FunctionNode, boundThis?: Expr): Expr {
  const env = lw.captures.environments.get(node) ?? [];
  // An arrow keeps the `this` of where it is made: the closure carries it (rg_closure_t.this_val); an
  // object literal's method carries its object (boundThis).
  const thisValue = boundThis ?? (ts.isArrowFunction(node) ? lw.thisExpr : undefined);
  const capturesThis = thisValue !== undefined && usesThis(node);
  const code = liftFunction(lw, node, env, capturesThis);
  const arity = node.parameters.filter(
    (p) => p.initializer === undefined && p.dotDotDotToken === undefined,
  ).length;
  if (env.length === 0 && !capturesThis) return staticClosure(lw, code, arity);
  const boxes: Expr[] = env.map((decl) => {
    const v = lw.names.variable(decl);
    if (v === undefined || v.box !== true) throw new LoweringError(node, "a captured variable has no box");
    return { k: "var", ty: "val", name: v.name, global: false };
  });
  lw.helpers.add("closure");
  return lw.runtime("rg_alloc.h", "rgc_closure_new", "val", [
    { k: "raw", ty: "val", text: code, effects: false },
    { k: "int", ty: "u32", value: arity },
    capturesThis && thisValue !== undefined
      ? coerce(thisValue, "val")
      : { k: "special", ty: "val", value: "RG_UNDEFINED" },
    { k: "argv", ty: "void", items: boxes },
  ]);
}

function staticClosure(lw: Lowerer, code: string, arity: number): Expr {
  let entry = lw.staticClosures.find((c) => c.code === code);
  if (entry === undefined) {
    entry = { name: `rgc_fv_${lw.staticClosures.length + 1}`, code, arity };
    lw.staticClosures.push(entry);
  }
  return { k: "raw", ty: "val", text: `rg_ptr(&${entry.name}.c)`, effects: false };
}

/** A top-level function used as a value: a uniform wrapper around its typed C function. */
export function functionReference(lw: Lowerer, decl: ts.FunctionDeclaration, node: ts.Node): Expr {
  const fn = lw.names.function(decl);
  if (fn === undefined) throw new LoweringError(node, "unknown function");
  const existing = lw.staticClosures.find((c) => c.code === `${fn}_value`);
  if (existing !== undefined)
    return { k: "raw", ty: "val", text: `rg_ptr(&${existing.name}.c)`, effects: false };
  const signature = lw.checker.getSignatureFromDeclaration(decl);
  const returns: ValueType =
    signature === undefined
      ? "void"
      : (lw.typeOfType(lw.checker.getReturnTypeOfSignature(signature)) ?? "void");
  const call: Expr = {
    k: "call",
    ty: returns,
    fn,
    args: decl.parameters.map((p, i) => uniformArgument(lw, p, i)),
  };
  const body: Stmt[] =
    returns === "void"
      ? [
          { k: "expr", e: call },
          { k: "return", e: { k: "special", ty: "val", value: "RG_UNDEFINED" } },
        ]
      : [{ k: "return", e: coerce(call, "val") }];
  lw.functions.push({ name: `${fn}_value`, uniform: true, params: [], returns: "val", body, line: 1 });
  return staticClosure(lw, `${fn}_value`, decl.parameters.filter((p) => isPlainParameter(p)).length);
}

/** Lifts a function node into a uniform C function; returns its name. */
/** True when `this` appears in an arrow's body (not inside a nested non-arrow function). */
export function usesThis(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword) found = true;
    else if (!ts.isFunctionExpression(n) && !ts.isFunctionDeclaration(n) && !ts.isClassLike(n))
      ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

function liftFunction(
  lw: Lowerer,
  node: FunctionNode,
  env: readonly ts.Node[],
  capturesThis: boolean,
): string {
  const name = lw.names.nextClosure();
  const saved = new Map<ts.Node, VariableName | undefined>();
  const define = (decl: ts.Node, v: VariableName): void => {
    if (!saved.has(decl)) saved.set(decl, lw.names.variable(decl));
    lw.names.defineVariable(decl, v);
  };
  const savedThis = lw.thisExpr;
  lw.thisExpr = capturesThis
    ? { k: "raw", ty: "val", text: "((const rg_closure_t *)rg_to_ptr(self))->this_val", effects: false }
    : undefined;
  const body = lw.withFunction("val", () => {
    const out: Stmt[] = [];
    if (env.length > 0) {
      out.push({
        k: "decl",
        name: "env",
        ty: "val",
        init: { k: "raw", ty: "val", text: "((const rg_closure_t *)rg_to_ptr(self))->env", effects: false },
      });
      lw.scope.unique("env");
    }
    env.forEach((decl, i) => {
      const v = lw.names.variable(decl);
      const cname = lw.scope.unique(`c_${i}`);
      const slot: Expr = {
        k: "slot",
        ty: "val",
        e: { k: "var", ty: "val", name: "env", global: false },
        index: { k: "int", ty: "u32", value: i },
      };
      out.push({ k: "decl", name: cname, ty: "val", init: slot });
      define(decl, { name: cname, global: false, ty: v?.ty ?? "val", box: true });
    });
    node.parameters.forEach((p, i) => parameter(lw, p, i, out, define));
    const fbody = node.body;
    if (fbody === undefined) throw new LoweringError(node, "a method without a body");
    if (ts.isBlock(fbody)) {
      out.push(...block(lw, fbody.statements));
    } else if (lw.typeOf(fbody) === "void") {
      out.push(lw.line(fbody));
      expressionStatement(lw, fbody, out);
    } else {
      out.push(lw.line(fbody));
      const e = lw.expr(fbody, out);
      out.push({ k: "return", e: coerce(e, "val") });
    }
    return out;
  });
  lw.thisExpr = savedThis;
  for (const [decl, v] of saved) {
    if (v !== undefined) lw.names.defineVariable(decl, v);
  }
  const params: Param[] = [];
  lw.functions.push({
    name,
    uniform: true,
    params,
    returns: "val",
    body,
    line: lw.file.getLineAndCharacterOfPosition(node.getStart(lw.file)).line + 1,
  });
  return name;
}

/** Unpacks parameter i from argv: default values replace undefined; a rest parameter collects the rest. */
function parameter(
  lw: Lowerer,
  p: ts.ParameterDeclaration,
  i: number,
  out: Stmt[],
  define: (decl: ts.Node, v: VariableName) => void,
): void {
  const ty = ts.isIdentifier(p.name) ? lw.typeOf(p.name) : "val";
  const base = ts.isIdentifier(p.name) ? cIdentifier(p.name.text) : `arg${i}`;
  let value: Expr;
  if (p.dotDotDotToken !== undefined) {
    const rest: Expr = {
      k: "raw",
      ty: "void",
      text: `argc > ${i}u ? argc - ${i}u : 0u, argc > ${i}u ? argv + ${i} : argv`,
      effects: false,
    };
    value = lw.runtime("rg_coll.h", "rg_arr_of", "val", [rest]);
  } else if (p.initializer !== undefined) {
    const raw = lw.scope.unique(`a_${base}`);
    out.push({ k: "decl", name: raw, ty: "val", init: argument(i) });
    applyDefault(lw, raw, p.initializer, out);
    value = coerce({ k: "var", ty: "val", name: raw, global: false }, ty);
  } else {
    value = coerce(argument(i), ty);
  }
  if (!ts.isIdentifier(p.name)) {
    // A destructured parameter binds each name of its pattern (iteration.ts).
    bindName(lw, p.name, p, value, out);
    return;
  }
  if (lw.captures.boxed.has(p)) {
    const name = lw.scope.unique(`b_${base}`);
    define(p, { name, global: false, ty, box: true });
    out.push({ k: "decl", name, ty: "val", init: newBox(lw, coerce(value, "val")) });
  } else {
    const name = lw.scope.unique(`p_${base}`);
    define(p, { name, global: false, ty });
    out.push({ k: "decl", name, ty, init: value });
  }
}

/** A call of a function value: rg_call with the arguments boxed; the result unboxed to the call's type. */
export function callValue(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr {
  const callee = node.expression;
  // Inside `o?.m(args)`'s guard the receiver is pinned to its saved, non-nullish value: a plain method call.
  if (
    ts.isPropertyAccessExpression(callee) &&
    (callee.questionDotToken === undefined || lw.pinned.has(callee.expression))
  ) {
    // `o.m(args)` on an interface or object type: a class's method or a function-valued property.
    const spread = hasSpread(node.arguments);
    const [lowered, ...args] = lw.operands(
      spread ? [callee.expression] : [callee.expression, ...node.arguments],
      out,
    );
    if (lowered === undefined) throw new LoweringError(node, "missing receiver");
    // Saved before the spread arguments run.
    const object = spread ? lw.spill(lowered, out) : lowered;
    const argv: Expr = spread
      ? spreadArgv(lw, node.arguments, out)
      : { k: "argv", ty: "void", items: args.map((a) => coerce(a, "val")) };
    const info = slotOf(lw, callee.expression, callee.name.text);
    lw.helpers.add("objects");
    lw.includes.add("rg_throw.h");
    const call = lw.runtime("rg_alloc.h", "rgc_call_method", "val", [
      coerce(object, "val"),
      { k: "int", ty: "u32", value: info.type },
      { k: "int", ty: "u32", value: info.slot },
      { k: "int", ty: "u32", value: info.key },
      argv,
    ]);
    const ty = lw.typeOf(node);
    return ty === "void" ? call : coerce(call, ty);
  }
  if (hasSpread(node.arguments)) {
    const fn = lw.spill(coerce(lw.expr(node.expression, out), "val"), out);
    const call = lw.runtime("rg_alloc.h", "rg_call", "val", [fn, spreadArgv(lw, node.arguments, out)]);
    const ty = lw.typeOf(node);
    return ty === "void" ? call : coerce(call, ty);
  }
  const [fn, ...args] = lw.operands([node.expression, ...node.arguments], out);
  if (fn === undefined) throw new LoweringError(node, "missing callee");
  const call = lw.runtime("rg_alloc.h", "rg_call", "val", [
    coerce(fn, "val"),
    { k: "argv", ty: "void", items: args.map((a) => coerce(a, "val")) },
  ]);
  const ty = lw.typeOf(node);
  return ty === "void" ? call : coerce(call, ty);
}
