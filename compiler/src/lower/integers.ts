// integers.ts: finds the loop counters a for statement may hold in an int64_t instead of a double.
//
// docs/LANGUAGE-RUNTIME.md ("Numbers") gives the design and the proof. A counter is the one `let` of a
// for statement's head that starts at a small integer (a literal, an array's length, an enclosing counter,
// optionally plus or minus a literal) and that nothing but `++` and `--` ever writes (in
// the head or the body), not captured by a closure and outside async functions. Every value it takes is
// its start plus the number of steps run, which the kernel's callback budget keeps far below 2^53, so the
// int64_t always equals the double JavaScript would hold. The counter reads as that double (lower.ts
// identifier); compared with an int literal or an array length it compares as an integer (numeric.ts),
// and `a[i]` indexes with it directly (library.ts).
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import { declareLocal } from "./closures.ts";
import type { Lowerer } from "./lower.ts";
import { cIdentifier } from "./names.ts";
import { counterRead } from "./numeric.ts";
import { coerce, skipParens } from "./support.ts";

/** The largest magnitude of a literal in a start. */
const LIMIT = 2 ** 30;

function integerLiteral(node: ts.Expression): number | undefined {
  const e = skipParens(node);
  if (ts.isNumericLiteral(e)) {
    const v = Number(e.text.replace(/_/g, ""));
    return Number.isInteger(v) && v <= LIMIT ? v : undefined;
  }
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
    const v = integerLiteral(e.operand);
    return v === undefined || v === 0 ? undefined : -v;
  }
  return undefined;
}

/** `x.length` where x is an array (at most RG_ARR_MAX_LENGTH = 2^28 - 1 items). */
function isArrayLength(lw: Lowerer, node: ts.Expression): boolean {
  const e = skipParens(node);
  if (!ts.isPropertyAccessExpression(e) || e.name.text !== "length" || e.questionDotToken !== undefined)
    return false;
  const t = lw.checker.getTypeAtLocation(e.expression);
  return lw.checker.isArrayType(t) || lw.checker.isTupleType(t);
}

/** The declarations made counters so far: a later loop may start from one (`j = i + 1`). */
const counters = new WeakSet<ts.Node>();

/** An enclosing counter read by an identifier. */
function isCounter(lw: Lowerer, node: ts.Expression): node is ts.Identifier {
  const e = skipParens(node);
  if (!ts.isIdentifier(e)) return false;
  const declaration = lw.checker.getSymbolAtLocation(e)?.valueDeclaration;
  return (
    declaration !== undefined && counters.has(declaration) && lw.names.variable(declaration)?.ty === "i64"
  );
}

/** A start: an integer literal, `a.length` or an enclosing counter, optionally `± k` (k a literal). Its
 * magnitude is at most 2^31 plus the steps counters have run. */
function isSmallStart(lw: Lowerer, node: ts.Expression): boolean {
  const e = skipParens(node);
  if (integerLiteral(e) !== undefined || isArrayLength(lw, e) || isCounter(lw, e)) return true;
  if (!ts.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  if (op !== ts.SyntaxKind.MinusToken && op !== ts.SyntaxKind.PlusToken) return false;
  return integerLiteral(e.right) !== undefined && (isArrayLength(lw, e.left) || isCounter(lw, e.left));
}

/** True when `node` is an identifier naming `decl`. */
function names(lw: Lowerer, node: ts.Node, decl: ts.Declaration): boolean {
  if (!ts.isIdentifier(node)) return false;
  return lw.checker.getSymbolAtLocation(node)?.valueDeclaration === decl;
}

/** True when `node` writes the variable `decl` other than by `++`/`--` (`=`, `+=`, …), or at all when
 * `steps` is true. */
function assigns(lw: Lowerer, node: ts.Node, decl: ts.Declaration, steps = false): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (steps && (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n))) {
      const op = n.operator;
      const step = op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken;
      if (step && names(lw, skipParens(n.operand), decl)) found = true;
    }
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      const assignment = op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
      if (assignment && names(lw, skipParens(n.left), decl)) found = true;
    }
    // `for (i of xs)` assigns i on every round.
    if (
      (ts.isForOfStatement(n) || ts.isForInStatement(n)) &&
      names(lw, skipParens(n.initializer as ts.Expression), decl)
    ) {
      found = true;
    }
    // Destructuring assignment targets (`[i, j] = …`) are identifiers inside literals on the left.
    if ((ts.isArrayLiteralExpression(n) || ts.isObjectLiteralExpression(n)) && writesInto(lw, n, decl)) {
      found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** A destructuring target naming `decl` (conservatively: any mention inside an assigned literal). */
function writesInto(lw: Lowerer, literal: ts.Expression, decl: ts.Declaration): boolean {
  const parent = literal.parent;
  if (!ts.isBinaryExpression(parent) || parent.left !== literal) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (names(lw, n, decl)) found = true;
    ts.forEachChild(n, visit);
  };
  visit(literal);
  return found;
}

/** True inside an async function (its locals live in a frame object, as rg_vals). */
function inAsyncFunction(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    if (ts.isFunctionLike(n)) {
      return (ts.getCombinedModifierFlags(n as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
    }
  }
  return false;
}

/** The declaration of `s`'s head to hold in an int64_t, when it is a counter (see the file's summary). */
export function integerCounter(lw: Lowerer, s: ts.ForStatement): ts.VariableDeclaration | undefined {
  const list = s.initializer;
  if (list === undefined || !ts.isVariableDeclarationList(list)) return undefined;
  if ((list.flags & ts.NodeFlags.Let) === 0 || list.declarations.length !== 1) return undefined;
  const decl = list.declarations[0];
  if (decl === undefined || !ts.isIdentifier(decl.name) || decl.initializer === undefined) return undefined;
  if (lw.typeOf(decl.name) !== "f64" || lw.names.variable(decl) !== undefined) return undefined;
  if (lw.captures.boxed.has(decl) || inAsyncFunction(s)) return undefined;
  if (!isSmallStart(lw, decl.initializer)) return undefined;
  const parts = [s.condition, s.incrementor, s.statement];
  if (parts.some((p) => p !== undefined && assigns(lw, p, decl))) return undefined;
  return decl;
}

/** Declares the counter `decl` (from integerCounter) as an i64 local holding its start. */
export function declareCounter(lw: Lowerer, decl: ts.VariableDeclaration, out: Stmt[]): void {
  if (decl.initializer === undefined || !ts.isIdentifier(decl.name)) return;
  // The start is an integer far inside ±2^53 (integerCounter checked it), so the conversion is exact;
  // from a counter it is integer arithmetic (`i + 1` with no double).
  const start = skipParens(decl.initializer);
  let init: Expr | undefined;
  if (ts.isBinaryExpression(start) && isCounter(lw, start.left)) {
    const base = counterRead(lw.expr(start.left, out));
    const k = integerLiteral(start.right);
    const op = start.operatorToken.kind === ts.SyntaxKind.PlusToken ? "+" : "-";
    if (base !== undefined && k !== undefined) {
      init = { k: "binary", ty: "i64", op, l: base, r: { k: "int", ty: "i32", value: k } };
    }
  } else if (isCounter(lw, start)) {
    init = counterRead(lw.expr(start, out));
  }
  init ??= { k: "convert", ty: "i64", e: coerce(lw.expr(decl.initializer, out), "f64") };
  counters.add(decl);
  declareLocal(lw, decl, cIdentifier(decl.name.text), "i64", init, out);
}

/** The function-like node `node` is in (its body holds every write a parameter can get). */
function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    if (ts.isFunctionLike(n)) return n;
  }
  return undefined;
}

/** True when the identifier `id` names a number that cannot change while `s` runs: a `const`, or a
 * parameter of the function holding `s` that nothing in that function (closures included) writes. */
function isInvariant(lw: Lowerer, id: ts.Identifier, s: ts.ForStatement): boolean {
  const decl = lw.checker.getSymbolAtLocation(id)?.valueDeclaration;
  if (decl === undefined || lw.names.variable(decl)?.ty !== "f64") return false;
  if (ts.isVariableDeclaration(decl)) {
    const list = decl.parent;
    return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
  }
  if (!ts.isParameter(decl) || !ts.isIdentifier(decl.name)) return false;
  const f = enclosingFunction(s);
  return f !== undefined && decl.parent === f && !assigns(lw, f, decl, true);
}

/**
 * `i < n` for the counter i of `s` and a number n that cannot change while the loop runs (isInvariant):
 * n becomes an integer bound once, before the loop (`rg_rt_bound_ceil`/`floor`, rg_rt.h), and each round
 * compares two integers. For an integer i, i < n and i >= n hold exactly when they do against ceil(n),
 * i <= n and i > n against floor(n); a NaN n gives a bound every comparison fails, as NaN does.
 */
export function counterCondition(
  lw: Lowerer,
  s: ts.ForStatement,
  decl: ts.VariableDeclaration,
  out: Stmt[],
): Expr | undefined {
  const c = s.condition === undefined ? undefined : skipParens(s.condition);
  if (c === undefined || !ts.isBinaryExpression(c) || !names(lw, skipParens(c.left), decl)) return undefined;
  const bound = skipParens(c.right);
  if (!ts.isIdentifier(bound) || !isInvariant(lw, bound, s)) return undefined;
  const ops: Partial<Record<ts.SyntaxKind, [string, "ceil" | "floor", string]>> = {
    [ts.SyntaxKind.LessThanToken]: ["<", "ceil", "RG_RT_BOUND_LOW"],
    [ts.SyntaxKind.LessThanEqualsToken]: ["<=", "floor", "RG_RT_BOUND_LOW"],
    [ts.SyntaxKind.GreaterThanToken]: [">", "floor", "RG_RT_BOUND_HIGH"],
    [ts.SyntaxKind.GreaterThanEqualsToken]: [">=", "ceil", "RG_RT_BOUND_HIGH"],
  };
  const op = ops[c.operatorToken.kind];
  const counter = lw.names.variable(decl);
  if (op === undefined || counter?.ty !== "i64") return undefined;
  const [cop, rounding, nan] = op;
  const limit = lw.scope.temp();
  const n = coerce(lw.expr(bound, out), "f64");
  const nanBound: Expr = { k: "raw", ty: "i64", text: nan, effects: false };
  out.push({
    k: "decl",
    name: limit,
    ty: "i64",
    init: { k: "rt", ty: "i64", fn: `rg_rt_bound_${rounding}`, args: [n, nanBound], effects: false },
  });
  return {
    k: "binary",
    ty: "bool",
    op: cop,
    l: { k: "var", ty: "i64", name: counter.name, global: false },
    r: { k: "var", ty: "i64", name: limit, global: false },
  };
}
