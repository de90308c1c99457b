// captures.ts: which local variables closures capture, and what each closure's environment holds.
//
// One pass over the file before lowering. A local variable (or parameter) used inside a function value
// declared below its own function is "boxed": it lives in a one-slot heap box (RG_TYPE_BOX) from its
// declaration on, so the closure and its declaring function share it, and it outlives the call. Every
// function value between the declaring function and the use carries the box in its environment (a
// closure nested two deep passes it through). Module-level variables live in the globals struct and are
// never captured. A `let` declared in a loop body gets a fresh box each iteration, which is
// JavaScript's per-iteration binding.
import { ts } from "ts-morph";

import { calleeBuiltin, enclosingFunction, resolveIdentifier } from "../check/resolve.ts";

export interface Captures {
  /** declarations of locals that live in boxes */
  readonly boxed: ReadonlySet<ts.Node>;
  /** for each function value: the boxed declarations its environment holds, in slot order */
  readonly environments: ReadonlyMap<ts.Node, readonly ts.Node[]>;
  /** some timer callback is a closure (captures locals, or is a function value): timers then go through
   * the runtime's closure timer table (rg_promise.h) */
  readonly closureTimers: boolean;
}

/** True when a timer callback can be lifted into a plain C function (it captures nothing). */
export function isPlainCallback(node: ts.Expression, captures: Captures, checker: ts.TypeChecker): boolean {
  if (ts.isIdentifier(node)) return resolveIdentifier(node, checker).k === "function";
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node))
    return (captures.environments.get(node) ?? []).length === 0 && node.parameters.length === 0;
  return false;
}

export function analyzeCaptures(file: ts.SourceFile, checker: ts.TypeChecker): Captures {
  const boxed = new Set<ts.Node>();
  const environments = new Map<ts.Node, ts.Node[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && isValueUse(node)) {
      const r = resolveIdentifier(node, checker);
      if (r.k === "variable" && !r.moduleLevel) {
        const home = enclosingFunction(r.decl);
        // A parameter's enclosing function is the function that declares it.
        const declaredIn = ts.isParameter(r.decl) ? r.decl.parent : home;
        let fn = enclosingFunction(node);
        if (fn !== declaredIn) boxed.add(r.decl);
        while (fn !== declaredIn && !ts.isSourceFile(fn)) {
          let env = environments.get(fn);
          if (env === undefined) {
            env = [];
            environments.set(fn, env);
          }
          if (!env.includes(r.decl)) env.push(r.decl);
          fn = enclosingFunction(fn);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const partial = { boxed, environments, closureTimers: false };
  let closureTimers = false;
  const timers = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const builtin = calleeBuiltin(node.expression, checker);
      const callback = node.arguments[0];
      if ((builtin === "setTimeout" || builtin === "setInterval") && callback !== undefined) {
        if (!isPlainCallback(callback, partial, checker)) closureTimers = true;
      }
    }
    ts.forEachChild(node, timers);
  };
  timers(file);
  return { boxed, environments, closureTimers };
}

/** True for an identifier that reads or writes a variable (not a property name or a declaration name). */
function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (
    (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) &&
    p.name === id
  )
    return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p)) && p.name === id)
    return false;
  return true;
}
