// statements.ts: lowering of statements: declarations, blocks, loops, switch, returns, expression statements.
//
// Loops become `for (;;)` with explicit breaks so conditions with side effects keep their order; `switch`
// picks the clause index with === tests and then a C switch keeps fall-through exactly.
import { ts } from "ts-morph";

import { calleeBuiltin } from "../check/resolve.ts";
import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { cIdentifier } from "./names.ts";
import { toF64 } from "./numeric.ts";
import { coerce, faultClasses, LoweringError, type LoopContext } from "./support.ts";
import { declareLocal, newBox, predeclareBox } from "./closures.ts";
import { staticInitializers } from "./classes.ts";
import { bindName, forOf } from "./iteration.ts";
import { textParts } from "./text.ts";
import { valueEquality } from "./strings.ts";
import { isBoxed } from "../check/value-types.ts";
import { condition as lowerCondition } from "./truthiness.ts";
import { exitThroughTries, throwStatement, tryStatement } from "./exceptions.ts";
import { counterCondition, declareCounter, integerCounter } from "./integers.ts";
import { boundDeclarations, freshAsyncBoxes } from "./async.ts";

export function block(lw: Lowerer, statements: readonly ts.Statement[]): Stmt[] {
  const out: Stmt[] = [];
  // Boxes of the block's captured variables exist from the block's start, so a closure created before
  // the declaration (a callback that names a `const` assigned from the call creating it) shares it.
  for (const s of statements) {
    if (!ts.isVariableStatement(s)) continue;
    for (const d of s.declarationList.declarations) {
      if (lw.captures.boxed.has(d) && lw.names.variable(d) === undefined)
        predeclareBox(lw, d, cIdentifier(lw.identifierText(d.name)), lw.typeOf(d.name), out);
      // In an async function the boxes are the frame's: each entry of the block gets fresh ones.
      freshAsyncBoxes(lw, boundDeclarations(d.name, d), out);
    }
  }
  for (const s of statements) {
    const part: Stmt[] = [];
    statement(lw, s, part);
    out.push(...ownScope(s, part));
  }
  return out;
}

/**
 * A statement's C code in a block of its own when it declares nothing but temporaries. Temporaries and the
 * argument arrays of calls then live only as long as their statement, so gcc reuses their stack slots for
 * the next statement instead of giving every temporary of a long function (typically a long top level)
 * its own slot.
 */
function ownScope(s: ts.Statement, part: Stmt[]): Stmt[] {
  if (ts.isVariableStatement(s) || part.length === 0) return part;
  if (!part.every((p) => p.k !== "decl" || p.name.startsWith("t_"))) return part;
  return [{ k: "block", body: part }];
}

export function nested(lw: Lowerer, s: ts.Statement): Stmt[] {
  const out: Stmt[] = [];
  statement(lw, s, out);
  return out;
}

export function statement(lw: Lowerer, s: ts.Statement, out: Stmt[]): void {
  if (ts.isClassDeclaration(s)) {
    out.push(lw.line(s));
    staticInitializers(lw, s, out);
    return;
  }
  if (
    ts.isEnumDeclaration(s) ||
    ts.isFunctionDeclaration(s) ||
    ts.isImportDeclaration(s) ||
    ts.isEmptyStatement(s) ||
    ts.isInterfaceDeclaration(s) ||
    ts.isTypeAliasDeclaration(s)
  ) {
    return;
  }
  if (ts.isBlock(s)) {
    out.push({ k: "block", body: block(lw, s.statements) });
    return;
  }
  out.push(lw.line(s));
  if (ts.isVariableStatement(s)) {
    declarations(lw, s.declarationList, out);
  } else if (ts.isExpressionStatement(s)) {
    expressionStatement(lw, s.expression, out);
  } else if (ts.isIfStatement(s)) {
    const c = lowerCondition(lw, s.expression, out);
    const then = nested(lw, s.thenStatement);
    const otherwise = s.elseStatement === undefined ? [] : nested(lw, s.elseStatement);
    out.push({ k: "if", c, then, otherwise });
  } else if (ts.isWhileStatement(s)) {
    loop(lw, s.expression, s.statement, undefined, out);
  } else if (ts.isDoStatement(s)) {
    doLoop(lw, s, out);
  } else if (ts.isForStatement(s)) {
    const body: Stmt[] = [];
    const counter = integerCounter(lw, s);
    if (s.initializer !== undefined) {
      if (counter !== undefined) declareCounter(lw, counter, body);
      else if (ts.isVariableDeclarationList(s.initializer)) declarations(lw, s.initializer, body);
      else expressionStatement(lw, s.initializer, body);
    }
    // A captured `let` of the loop head gets a fresh box per iteration holding the value the last one
    // ended with (JavaScript's CreatePerIterationEnvironment), before the update runs.
    const copies: Stmt[] = [];
    if (s.initializer !== undefined && ts.isVariableDeclarationList(s.initializer)) {
      for (const d of s.initializer.declarations) {
        const v = lw.names.variable(d);
        if (v?.box !== true) continue;
        const box: Expr = { k: "var", ty: "val", name: v.name, global: false };
        const current: Expr = { k: "slot", ty: "val", e: box, index: { k: "int", ty: "u32", value: 0 } };
        copies.push({
          k: "expr",
          e: { k: "assign", ty: "val", name: v.name, global: false, e: newBox(lw, current) },
        });
      }
    }
    const bounded = counter === undefined ? undefined : counterCondition(lw, s, counter, body);
    loop(lw, s.condition, s.statement, s.incrementor, body, copies, bounded);
    out.push({ k: "block", body });
  } else if (ts.isForOfStatement(s)) {
    forOf(lw, s, out);
  } else if (ts.isSwitchStatement(s)) {
    switchStatement(lw, s, out);
  } else if (ts.isTryStatement(s)) {
    tryStatement(lw, s, out);
  } else if (ts.isThrowStatement(s)) {
    throwStatement(lw, s, out);
  } else if (ts.isBreakStatement(s)) {
    if (!exitThroughTries(lw, s, { k: "break" }, out)) out.push({ k: "break" });
  } else if (ts.isContinueStatement(s)) {
    if (exitThroughTries(lw, s, { k: "continue" }, out)) return;
    const loop = lw.loops[lw.loops.length - 1];
    if (loop !== undefined && loop.label !== undefined) loop.used = true;
    out.push({ k: "continue", label: loop?.label });
  } else if (ts.isReturnStatement(s)) {
    // A function value returns an rg_val: `return;` gives undefined.
    const e =
      s.expression === undefined
        ? lw.returnType === "val"
          ? ({ k: "special", ty: "val", value: "RG_UNDEFINED" } as const)
          : undefined
        : coerce(lw.expr(s.expression, out), lw.returnType);
    if (!exitThroughTries(lw, s, { k: "return", e }, out)) out.push({ k: "return", e });
  } else {
    throw new LoweringError(s, `${ts.SyntaxKind[s.kind]} reached lowering`);
  }
}

export function declarations(lw: Lowerer, list: ts.VariableDeclarationList, out: Stmt[]): void {
  for (const d of list.declarations) {
    if (d.initializer === undefined) throw new LoweringError(d, "declaration without initializer");
    if (!ts.isIdentifier(d.name)) {
      bindName(lw, d.name, d, lw.expr(d.initializer, out), out);
      continue;
    }
    const existing = lw.names.variable(d);
    const ty = existing?.ty ?? lw.typeOf(d.name);
    const init = coerce(lw.expr(d.initializer, out), ty);
    if (existing !== undefined && existing.box !== true) {
      out.push({ k: "expr", e: { k: "assign", ty, name: existing.name, global: true, e: init } });
    } else {
      declareLocal(lw, d, cIdentifier(lw.identifierText(d.name)), ty, init, out);
    }
  }
}

/** while / for: `for (;;) { if (!cond) break; body; [label:] update }` */
export function loop(
  lw: Lowerer,
  condition: ts.Expression | undefined,
  bodyNode: ts.Statement,
  incrementor: ts.Expression | undefined,
  out: Stmt[],
  perIteration: readonly Stmt[] = [],
  lowered?: Expr,
): void {
  const body: Stmt[] = [];
  if (condition !== undefined) {
    // `lowered`: the condition already lowered (a loop counter against its hoisted bound, integers.ts).
    const c = lowered ?? lowerCondition(lw, condition, body);
    body.push({
      k: "if",
      c: { k: "unary", ty: "bool", op: "!", e: c },
      then: [{ k: "break" }],
      otherwise: [],
    });
  }
  const context: LoopContext = {
    label: incrementor === undefined ? undefined : lw.scope.unique("next"),
    used: false,
  };
  lw.loops.push(context);
  body.push(...nested(lw, bodyNode));
  lw.loops.pop();
  const update: Stmt[] = [...perIteration];
  if (incrementor !== undefined) expressionStatement(lw, incrementor, update);
  out.push({ k: "loop", body, continueLabel: context.used ? context.label : undefined, update });
}

/** do body while (cond): `for (;;) { body; [label:] if (!cond) break; }` */
export function doLoop(lw: Lowerer, s: ts.DoStatement, out: Stmt[]): void {
  const context: LoopContext = { label: lw.scope.unique("next"), used: false };
  lw.loops.push(context);
  const body = nested(lw, s.statement);
  lw.loops.pop();
  const update: Stmt[] = [];
  const c = lowerCondition(lw, s.expression, update);
  update.push({
    k: "if",
    c: { k: "unary", ty: "bool", op: "!", e: c },
    then: [{ k: "break" }],
    otherwise: [],
  });
  out.push({ k: "loop", body, continueLabel: context.used ? context.label : undefined, update });
}

/** switch: pick the clause index with === tests in source order, then a C switch over the index keeps
 * fall-through and `break` exactly. */
export function switchStatement(lw: Lowerer, s: ts.SwitchStatement, out: Stmt[]): void {
  const discriminant = lw.spill(lw.expr(s.expression, out), out);
  const clauses = s.caseBlock.clauses;
  const defaultIndex = clauses.findIndex((c) => ts.isDefaultClause(c));
  const index = lw.scope.temp();
  out.push({ k: "decl", name: index, ty: "i32", init: { k: "int", ty: "i32", value: defaultIndex } });
  const indexVar: Expr = { k: "var", ty: "i32", name: index, global: false };
  let chain: Stmt[] = [];
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i];
    if (clause === undefined || !ts.isCaseClause(clause)) continue;
    const test: Stmt[] = [];
    const value = lw.compared(clause.expression, discriminant.ty, test);
    // Strings and other rg_vals compare with ===: strings by content (a string enum's members too).
    const c =
      isBoxed(discriminant.ty) || isBoxed(value.ty)
        ? valueEquality(lw, discriminant, value, "===")
        : lw.equality(discriminant, value, "===");
    test.push({
      k: "if",
      c,
      then: [
        {
          k: "expr",
          e: {
            k: "assign",
            ty: "i32",
            name: index,
            global: false,
            e: { k: "int", ty: "i32", value: i },
          },
        },
      ],
      otherwise: chain,
    });
    chain = test;
  }
  out.push(...chain);
  const cases = clauses.map((clause) => block(lw, clause.statements));
  out.push({ k: "switch", index: indexVar, cases });
}

export function expressionStatement(lw: Lowerer, e: ts.Expression, out: Stmt[]): void {
  if (ts.isParenthesizedExpression(e)) return expressionStatement(lw, e.expression, out);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
    expressionStatement(lw, e.left, out);
    expressionStatement(lw, e.right, out);
    return;
  }
  if (ts.isCallExpression(e)) {
    const builtin = calleeBuiltin(e.expression, lw.checker);
    if (builtin === "console.log" || builtin === "panic") {
      const parts = textParts(lw, e.arguments, builtin === "console.log", out);
      out.push({ k: builtin === "console.log" ? "log" : "panic", parts });
      return;
    }
    if (builtin === "exit") {
      const code = lw.operands(e.arguments, out)[0];
      out.push({
        k: "noreturn",
        fn: "rg_rt_exit",
        args: [toF64(code ?? { k: "number", ty: "f64", value: 0 })],
      });
      return;
    }
    if (builtin !== undefined && builtin.startsWith("fault.")) {
      const name = builtin.slice("fault.".length);
      const cls = faultClasses[name];
      if (name === "hang") out.push({ k: "noreturn", fn: "rg_rt_hang", args: [] });
      else if (cls !== undefined)
        out.push({
          k: "noreturn",
          fn: "rg_rt_fault",
          args: [{ k: "var", ty: "u32", name: cls, global: false }],
        });
      else throw new LoweringError(e, `unknown fault ${name}`);
      return;
    }
  }
  out.push({ k: "expr", e: lw.expr(e, out) });
}
