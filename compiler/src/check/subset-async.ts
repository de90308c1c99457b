// subset-async.ts: the subset check for async functions and `await`.
//
// Called from subset.ts. Async functions (declarations, arrows, function expressions) are in the subset
// (their body is checked like any other); generators, top-level await and optional, default or rest
// parameters of async function values are not. An `await` may stand anywhere in an expression of an
// async function (lower/async.ts keeps locals and saved temporaries in the frame) except inside a finally
// block.
import { ts } from "ts-morph";

import type { DiagnosticSink } from "../diagnostics/diagnostic.ts";

function isAsync(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)
  );
}

/** Reports what async arrow functions and function expressions cannot have (default and rest
 * parameters); returns true when it reported. */
export function checkAsyncFunctionValue(
  e: ts.ArrowFunction | ts.FunctionExpression,
  sink: DiagnosticSink,
): boolean {
  if (!isAsync(e)) return false;
  const p = e.parameters.find(
    (q) => q.initializer !== undefined || q.dotDotDotToken !== undefined || q.questionToken !== undefined,
  );
  if (p === undefined) return false;
  sink.atNode(
    "parameters",
    p,
    "an async function value cannot have optional, default or rest parameters",
    "declare every parameter with a type and pass every argument",
  );
  return true;
}

/** Checks the position of `await e`; returns false after reporting. */
export function checkAwaitPosition(e: ts.AwaitExpression, sink: DiagnosticSink): boolean {
  const fn = ts.findAncestor(e.parent, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n));
  if (fn === undefined || ts.isSourceFile(fn)) {
    sink.atNode(
      "unsupportedSyntax",
      e.getChildAt(0),
      "top-level await is not supported",
      "put the code in an `async function main()` and call `main();` at the top level",
    );
    return false;
  }
  for (let n: ts.Node = e; n !== fn; n = n.parent) {
    const parent = n.parent;
    if (ts.isTryStatement(parent) && parent.finallyBlock === n) {
      sink.atNode(
        "unsupportedSyntax",
        e.getChildAt(0),
        "await inside a finally block is not supported",
        "move the awaited work after the try statement, or into the try block",
      );
      return false;
    }
  }
  return true;
}

/** `new Promise(executor)` with the library's Promise. */
export function isNewPromise(e: ts.NewExpression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(e.expression) || e.expression.text !== "Promise") return false;
  const decl = checker.getSymbolAtLocation(e.expression)?.declarations?.[0];
  return decl !== undefined && decl.getSourceFile().fileName.startsWith("/regen-lib/");
}
