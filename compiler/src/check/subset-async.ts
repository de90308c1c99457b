// subset-async.ts: the subset check for async functions and `await`.
//
// Called from subset.ts. Async functions (declarations, arrows, function expressions) are in the subset
// (their body is checked like any other, their parameters like a plain function's: optional, default,
// rest and destructured ones included); generators and top-level await are not. An `await` may stand
// anywhere in an expression of an async function (lower/async.ts keeps locals and saved temporaries in
// the frame) except inside a finally block.
import { ts } from "ts-morph";

import type { DiagnosticSink } from "../diagnostics/diagnostic.ts";

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
