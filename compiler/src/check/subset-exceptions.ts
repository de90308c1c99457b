// subset-exceptions.ts: the subset check for throw, try/catch/finally and the built-in Error classes.
//
// Called from subset.ts, which passes its own statement and expression checks in, so the blocks of a
// try and the operands are checked like any other code. What stays outside the subset here: a
// destructuring catch binding. `new` and `instanceof` are accepted for the library's Error classes
// (user classes are the class check's business).
import { ts } from "ts-morph";

import type { DiagnosticSink } from "../diagnostics/diagnostic.ts";

export interface SubsetCallbacks {
  readonly sink: DiagnosticSink;
  readonly statement: (s: ts.Statement) => void;
  readonly expression: (e: ts.Expression) => void;
}

/** Checks `throw e;` or a try statement. */
export function checkExceptionStatement(
  s: ts.TryStatement | ts.ThrowStatement,
  check: SubsetCallbacks,
): void {
  if (ts.isThrowStatement(s)) {
    check.expression(s.expression);
    return;
  }
  for (const inner of s.tryBlock.statements) check.statement(inner);
  const clause = s.catchClause;
  if (clause !== undefined) {
    const binding = clause.variableDeclaration;
    if (binding !== undefined && !ts.isIdentifier(binding.name)) {
      check.sink.atNode(
        "objects",
        binding.name,
        "a catch binding cannot be destructured",
        "write `catch (e)` and read `e.message` after `if (e instanceof Error)`",
      );
    }
    for (const inner of clause.block.statements) check.statement(inner);
  }
  if (s.finallyBlock !== undefined) for (const inner of s.finallyBlock.statements) check.statement(inner);
}

const builtinErrors = new Set(["Error", "TypeError", "RangeError", "SyntaxError"]);

/** True when `e` names one of the library's Error classes. */
export function isBuiltinErrorClass(e: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(e) || !builtinErrors.has(e.text)) return false;
  const symbol = checker.getSymbolAtLocation(e);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  return decl !== undefined && decl.getSourceFile().fileName.startsWith("/regen-lib/");
}

/** `new Error(m)` (or TypeError...): returns false when `e` is some other `new`. */
export function checkNewError(e: ts.NewExpression, checker: ts.TypeChecker, check: SubsetCallbacks): boolean {
  if (!isBuiltinErrorClass(e.expression, checker)) return false;
  for (const a of e.arguments ?? []) check.expression(a);
  return true;
}

/** `v instanceof Error` (or TypeError...): returns false when the class is not a built-in Error class. */
export function checkErrorInstanceOf(
  e: ts.BinaryExpression,
  checker: ts.TypeChecker,
  check: SubsetCallbacks,
): boolean {
  if (!isBuiltinErrorClass(e.right, checker)) return false;
  check.expression(e.left);
  return true;
}
