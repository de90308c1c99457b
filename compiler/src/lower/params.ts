// params.ts: parameters of declared functions, methods and constructors, and the arguments calls pass them.
//
// A declared function keeps a typed C signature. A plain required parameter has its own C type; a
// parameter a call may leave out (optional `b?: T`, or with a default `b = 2`), a rest parameter and a
// destructured one are each one rg_val: the caller passes `undefined` for an omitted argument, the array
// of the remaining arguments for a rest parameter, and the object or array for a pattern. The callee's
// prologue then applies the defaults (in order, so a default may use an earlier parameter), converts
// the value to the parameter's type and binds the pattern's names. A call with spread arguments
// (`f(...xs)`) builds the argument list as an array at run time and takes each parameter from it.
// Overrides that declare fewer or more parameters than the method they override are called with the
// arguments adapted to their own parameters (adaptArguments), so dispatch through a base class works.
import { ts } from "ts-morph";

import { isBoxed, type ValueType } from "../check/value-types.ts";
import type { Expr, Param, Stmt } from "../ir.ts";
import { newBox } from "./closures.ts";
import { callArguments } from "./calls.ts";
import { bindName } from "./iteration.ts";
import type { Lowerer } from "./lower.ts";
import { cIdentifier } from "./names.ts";
import { hasSpread, spreadArray } from "./spread.ts";
import { coerce } from "./support.ts";

const undefinedValue: Expr = { k: "special", ty: "val", value: "RG_UNDEFINED" };

/** True for a parameter passed as its own C type (required, not rest, not a pattern). */
export function isPlainParameter(p: ts.ParameterDeclaration): boolean {
  return (
    p.dotDotDotToken === undefined &&
    p.questionToken === undefined &&
    p.initializer === undefined &&
    ts.isIdentifier(p.name)
  );
}

/** The C type a declared function takes parameter p as. */
export function parameterType(lw: Lowerer, p: ts.ParameterDeclaration): ValueType {
  return isPlainParameter(p) ? lw.typeOf(p.name) : "val";
}

/** The C parameters of a declared function-like; `out` gets the prologue that binds every name. */
export function declareParameters(
  lw: Lowerer,
  parameters: readonly ts.ParameterDeclaration[],
  out: Stmt[],
): Param[] {
  return parameters.map((p, i) => {
    const base = ts.isIdentifier(p.name) ? cIdentifier(p.name.text) : `arg${i}`;
    if (isPlainParameter(p)) {
      const ty = lw.typeOf(p.name);
      const cname = lw.scope.unique(`p_${base}`);
      lw.names.defineVariable(p, { name: cname, global: false, ty });
      if (lw.captures.boxed.has(p)) {
        const bname = lw.scope.unique(`b_${cname}`);
        const value: Expr = { k: "var", ty, name: cname, global: false };
        out.push({ k: "decl", name: bname, ty: "val", init: newBox(lw, coerce(value, "val")) });
        lw.names.defineVariable(p, { name: bname, global: false, ty, box: true });
      }
      return { name: cname, ty };
    }
    const cname = lw.scope.unique(`a_${base}`);
    const arg: Expr = { k: "var", ty: "val", name: cname, global: false };
    if (p.initializer !== undefined) applyDefault(lw, cname, p.initializer, out);
    if (!ts.isIdentifier(p.name)) {
      bindName(lw, p.name, p, arg, out);
      return { name: cname, ty: "val" };
    }
    const ty = lw.typeOf(p.name);
    if (lw.captures.boxed.has(p)) {
      const bname = lw.scope.unique(`b_${base}`);
      out.push({ k: "decl", name: bname, ty: "val", init: newBox(lw, arg) });
      lw.names.defineVariable(p, { name: bname, global: false, ty, box: true });
    } else if (isBoxed(ty)) {
      lw.names.defineVariable(p, { name: cname, global: false, ty });
    } else {
      const lname = lw.scope.unique(`p_${base}`);
      out.push({ k: "decl", name: lname, ty, init: coerce(arg, ty) });
      lw.names.defineVariable(p, { name: lname, global: false, ty });
    }
    return { name: cname, ty: "val" };
  });
}

/** A parameter's default: `name` (an rg_val argument) becomes the initializer's value when the call passed
 * undefined; the initializer runs only then, after the parameters before it (it may name them). */
export function applyDefault(lw: Lowerer, name: string, initializer: ts.Expression, out: Stmt[]): void {
  const pre: Stmt[] = [];
  const fallback = coerce(lw.expr(initializer, pre), "val");
  out.push({
    k: "if",
    c: { k: "raw", ty: "bool", text: `${name} == RG_UNDEFINED`, effects: false },
    then: [...pre, { k: "expr", e: { k: "assign", ty: "val", name, global: false, e: fallback } }],
    otherwise: [],
  });
}

/** The C arguments of a call of a declared function-like with these parameters. */
export function argumentsFor(
  lw: Lowerer,
  parameters: readonly ts.ParameterDeclaration[],
  nodes: readonly ts.Expression[],
  out: Stmt[],
): Expr[] {
  if (hasSpread(nodes)) {
    // The argument list as an array, then each parameter from it.
    const all = lw.spill(spreadArray(lw, nodes, out), out);
    return parameters.map((p, i) => {
      if (p.dotDotDotToken !== undefined)
        return lw.runtime("rg_coll.h", "rg_arr_slice", "val", [
          all,
          { k: "raw", ty: "val", text: `rg_num(${i}.0)`, effects: false },
          undefinedValue,
        ]);
      const item: Expr = {
        k: "rt",
        ty: "val",
        fn: "rg_arr_get_index",
        args: [all, { k: "number", ty: "f64", value: i }],
        effects: false,
      };
      lw.includes.add("rg_coll.h");
      return coerce(item, parameterType(lw, p));
    });
  }
  const values = callArguments(lw, nodes, [], out);
  return parameters.map((p, i) => {
    if (p.dotDotDotToken !== undefined) {
      const items = values.slice(i).map((v) => coerce(v, "val"));
      return lw.runtime("rg_coll.h", "rg_arr_of", "val", [{ k: "argv", ty: "void", items }]);
    }
    const v = values[i];
    return v === undefined ? undefinedValue : coerce(v, parameterType(lw, p));
  });
}

/** Parameter i of a declared function-like, taken from a uniform call's `argc, argv`. */
export function uniformArgument(lw: Lowerer, p: ts.ParameterDeclaration, i: number): Expr {
  if (p.dotDotDotToken !== undefined) {
    const rest: Expr = {
      k: "raw",
      ty: "void",
      text: `argc > ${i}u ? argc - ${i}u : 0u, argc > ${i}u ? argv + ${i} : argv`,
      effects: false,
    };
    return lw.runtime("rg_coll.h", "rg_arr_of", "val", [rest]);
  }
  return coerce(
    { k: "raw", ty: "val", text: `rg_arg(argc, argv, ${i}u)`, effects: false },
    parameterType(lw, p),
  );
}

/** Arguments prepared for the parameters `from` (already C values), passed on to a function with the
 * parameters `to` (an override declaring fewer or more of them). */
export function adaptArguments(
  lw: Lowerer,
  from: readonly ts.ParameterDeclaration[],
  to: readonly ts.ParameterDeclaration[],
  values: readonly Expr[],
): Expr[] {
  const fromRest = from.findIndex((p) => p.dotDotDotToken !== undefined);
  return to.map((p, i) => {
    const ty = parameterType(lw, p);
    if (p.dotDotDotToken !== undefined) {
      if (fromRest === i) return values[i] ?? undefinedValue;
      const items = values.slice(i).map((v) => coerce(v, "val"));
      return lw.runtime("rg_coll.h", "rg_arr_of", "val", [{ k: "argv", ty: "void", items }]);
    }
    if (fromRest >= 0 && i >= fromRest) {
      const rest = values[fromRest] ?? undefinedValue;
      lw.includes.add("rg_coll.h");
      const item: Expr = {
        k: "rt",
        ty: "val",
        fn: "rg_arr_get_index",
        args: [rest, { k: "number", ty: "f64", value: i - fromRest }],
        effects: false,
      };
      return coerce(item, ty);
    }
    const v = values[i];
    return v === undefined ? coerce(undefinedValue, ty) : coerce(v, ty);
  });
}
