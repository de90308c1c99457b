// exceptions.ts: lowering of throw, try/catch/finally, exits through finally blocks, and the built-in
// Error classes (new Error(m), e instanceof TypeError, e.message, e.name).
//
// A `try` is an rg_try_t record on the C stack (rg_throw.h): `if (setjmp(...) == 0) { body; pop } else
// { handler }`. A try with a catch gets one record; a finally adds an outer record whose handler only
// notes "a throw is pending", so the finally block is lowered once, after a label. Every way out of the
// protected blocks first pops the records it leaves: a `return`, `break` or `continue` that crosses a
// finally sets the try's completion code (and its return value), then jumps to the label; after the
// finally block, a dispatch re-does the pending exit from the try statement's place (where it may cross
// the next finally out). Which tries an exit crosses comes from the syntax tree (its target loop or
// switch, or the function). Locals written inside a try are made volatile by the emitter
// (emit/volatile-locals.ts).
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import { closeLevel, freshAsyncBoxes, openLevel, type Level } from "./async.ts";
import { declareLocal } from "./closures.ts";
import type { Lowerer } from "./lower.ts";
import { cIdentifier } from "./names.ts";
import { block } from "./statements.ts";
import { coerce, LoweringError } from "./support.ts";

/** What a completion code variable holds after the protected blocks of a try with finally. */
const enum Completion {
  Normal = 0,
  Throw = 1,
  Return = 2,
  Break = 3,
  Continue = 4,
}

interface TryInfo {
  /** record of the try/catch part, when there is a catch */
  readonly inner: string | undefined;
  /** record of the finally part, when there is a finally */
  readonly outer: string | undefined;
  /** C names for the finally machinery */
  readonly completion: string;
  readonly thrown: string;
  readonly result: string;
  readonly label: string;
  /** exits that jumped to the finally block */
  readonly codes: Set<Completion>;
}

/** Lowered try statements (keyed by node; lowering happens once per node). */
const tries = new WeakMap<ts.TryStatement, TryInfo>();

/** An exit from a statement: break, continue, or return with the (not yet evaluated) value. */
export type Exit =
  | { readonly k: "break" }
  | { readonly k: "continue" }
  | { readonly k: "return"; readonly e: Expr | undefined };

function raw(text: string, ty: Expr["ty"] = "val"): Expr {
  return { k: "raw", ty, text, effects: false };
}

function pop(lw: Lowerer, record: string): Stmt {
  return { k: "expr", e: lw.runtime("rg_throw.h", "rg_try_pop", "void", [raw(`&${record}`)]) };
}

function assign(name: string, ty: Expr["ty"], e: Expr): Stmt {
  return { k: "expr", e: { k: "assign", ty, name, global: false, e } };
}

/** `throw e;` */
export function throwStatement(lw: Lowerer, s: ts.ThrowStatement, out: Stmt[]): void {
  const value = coerce(lw.expr(s.expression, out), "val");
  out.push({ k: "expr", e: lw.runtime("rg_throw.h", "rg_throw", "void", [value]) });
}

/** `try { } catch (e) { } finally { }` */
export function tryStatement(lw: Lowerer, s: ts.TryStatement, out: Stmt[]): void {
  const id = lw.scope.unique("tr");
  const hasCatch = s.catchClause !== undefined;
  const hasFinally = s.finallyBlock !== undefined;
  const info: TryInfo = {
    inner: hasCatch ? `${id}_in` : undefined,
    outer: hasFinally ? `${id}_out` : undefined,
    completion: `${id}_c`,
    thrown: `${id}_x`,
    result: `${id}_r`,
    label: `${id}_fin`,
    codes: new Set(),
  };
  tries.set(s, info);
  // Inside an async function a resume may have to push these records again (async.ts).
  const outerLevel = hasFinally ? openLevel(lw) : undefined;
  const innerLevel = hasCatch ? openLevel(lw) : undefined;
  let protectedPart = block(lw, s.tryBlock.statements);
  closeLevel(lw, innerLevel);
  if (s.catchClause !== undefined && info.inner !== undefined) {
    const handler: Stmt[] = [];
    const binding = s.catchClause.variableDeclaration;
    if (binding !== undefined) {
      if (!ts.isIdentifier(binding.name)) throw new LoweringError(binding, "destructuring catch binding");
      freshAsyncBoxes(lw, [binding], handler);
      declareLocal(lw, binding, cIdentifier(binding.name.text), "val", raw(`${info.inner}.thrown`), handler);
      // An unused binding would be an unused C local.
      const local = lw.names.variable(binding);
      if (local !== undefined)
        handler.push({ k: "expr", e: { k: "var", ty: "val", name: local.name, global: false } });
    }
    handler.push(...block(lw, s.catchClause.block.statements));
    protectedPart = [
      ...(innerLevel === undefined ? [] : [{ k: "block", body: innerLevel.entry } as const]),
      {
        k: "try",
        record: info.inner,
        body: [...dispatchOf(innerLevel), ...protectedPart, pop(lw, info.inner)],
        handler,
      },
    ];
  }
  closeLevel(lw, outerLevel);
  if (s.finallyBlock === undefined || info.outer === undefined) {
    out.push(...protectedPart);
    return;
  }
  const code = (c: Completion): Expr => ({ k: "int", ty: "i32", value: c });
  const guarded: Stmt = {
    k: "try",
    record: info.outer,
    body: [...dispatchOf(outerLevel), ...protectedPart, pop(lw, info.outer)],
    handler: [
      assign(info.completion, "i32", code(Completion.Throw)),
      assign(info.thrown, "val", raw(`${info.outer}.thrown`)),
    ],
  };
  const finallyPart = block(lw, s.finallyBlock.statements);
  const body: Stmt[] = [
    ...(outerLevel === undefined ? [] : [{ k: "block", body: outerLevel.entry } as const]),
    { k: "decl", name: info.completion, ty: "i32", init: code(Completion.Normal) },
    { k: "decl", name: info.thrown, ty: "val", init: raw("RG_UNDEFINED") },
  ];
  if (info.codes.has(Completion.Return) && lw.returnType !== "void") {
    body.push({ k: "decl", name: info.result, ty: lw.returnType, init: undefined });
  }
  body.push(guarded);
  if (info.codes.size > 0) body.push({ k: "label", label: info.label });
  body.push(...finallyPart);
  // The pending exit, re-done from the try statement's place.
  const pending = (c: Completion, then: Stmt[]): void => {
    body.push({
      k: "if",
      c: {
        k: "binary",
        ty: "bool",
        op: "==",
        l: { k: "var", ty: "i32", name: info.completion, global: false },
        r: code(c),
      },
      then,
      otherwise: [],
    });
  };
  pending(Completion.Throw, [
    {
      k: "expr",
      e: lw.runtime("rg_throw.h", "rg_throw", "void", [
        { k: "var", ty: "val", name: info.thrown, global: false },
      ]),
    },
  ]);
  const redo = (exit: Exit): Stmt[] => {
    const then: Stmt[] = [];
    if (!exitThroughTries(lw, s, exit, then)) plainExit(lw, exit, then);
    return then;
  };
  if (info.codes.has(Completion.Return)) {
    const value: Expr | undefined =
      lw.returnType === "void"
        ? undefined
        : { k: "var", ty: lw.returnType, name: info.result, global: false };
    pending(Completion.Return, redo({ k: "return", e: value }));
  }
  if (info.codes.has(Completion.Break)) pending(Completion.Break, redo({ k: "break" }));
  if (info.codes.has(Completion.Continue)) pending(Completion.Continue, redo({ k: "continue" }));
  out.push({ k: "block", body });
}

/** The jumps a resume takes at the start of a level's protected body (filled later by async.ts). */
function dispatchOf(level: Level | undefined): Stmt[] {
  return level === undefined ? [] : [{ k: "block", body: level.dispatch }];
}

/** The statement a break or continue jumps out of, or undefined when it would be outside the function. */
function jumpTarget(from: ts.Node, kind: "break" | "continue"): ts.Node | undefined {
  for (let n = from.parent; n !== undefined; n = n.parent) {
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) return undefined;
    if (ts.isIterationStatement(n, false)) return n;
    if (kind === "break" && ts.isSwitchStatement(n)) return n;
  }
  return undefined;
}

/** The try statements an exit from `from` to `target` leaves, innermost first, with the part it is in. */
function crossedTries(
  from: ts.Node,
  target: ts.Node | undefined,
): { readonly node: ts.TryStatement; readonly region: "try" | "catch" }[] {
  const crossed: { node: ts.TryStatement; region: "try" | "catch" }[] = [];
  let child = from;
  for (let n = from.parent; n !== undefined && n !== target; n = n.parent) {
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) break;
    if (ts.isTryStatement(n)) {
      if (child === n.tryBlock) crossed.push({ node: n, region: "try" });
      else if (child === n.catchClause) crossed.push({ node: n, region: "catch" });
    }
    child = n;
  }
  return crossed;
}

function plainExit(lw: Lowerer, exit: Exit, out: Stmt[]): void {
  if (exit.k === "break") {
    out.push({ k: "break" });
  } else if (exit.k === "continue") {
    const loop = lw.loops[lw.loops.length - 1];
    if (loop !== undefined && loop.label !== undefined) loop.used = true;
    out.push({ k: "continue", label: loop?.label });
  } else {
    out.push({ k: "return", e: exit.e });
  }
}

/**
 * Lowers a break, continue or return at `from` when it leaves a try: pops the records it leaves and
 * either jumps (no finally in the way) or goes through the innermost finally. Returns false when it
 * leaves no try (the caller emits the plain statement).
 */
export function exitThroughTries(lw: Lowerer, from: ts.Node, exit: Exit, out: Stmt[]): boolean {
  const target = exit.k === "return" ? undefined : jumpTarget(from, exit.k);
  const crossed = crossedTries(from, target);
  if (crossed.length === 0) return false;
  // The return value is computed inside the try (its throw is caught there), before the records go.
  let e = exit.k === "return" ? exit.e : undefined;
  if (e !== undefined) e = lw.spill(e, out);
  const records: string[] = [];
  let via: TryInfo | undefined;
  for (const c of crossed) {
    const info = tries.get(c.node);
    if (info === undefined) throw new LoweringError(from, "an exit from a try that was not lowered");
    if (c.region === "try" && info.inner !== undefined) records.push(info.inner);
    if (info.outer !== undefined) {
      records.push(info.outer);
      via = info;
      break;
    }
  }
  // Popping the outermost record left restores the try chain from before it.
  const outermost = records[records.length - 1];
  if (outermost !== undefined) out.push(pop(lw, outermost));
  if (via === undefined) {
    plainExit(lw, exit.k === "return" ? { k: "return", e } : exit, out);
    return true;
  }
  const code =
    exit.k === "return" ? Completion.Return : exit.k === "break" ? Completion.Break : Completion.Continue;
  via.codes.add(code);
  out.push(assign(via.completion, "i32", { k: "int", ty: "i32", value: code }));
  if (e !== undefined) out.push(assign(via.result, e.ty, e));
  out.push({ k: "goto", label: via.label });
  return true;
}

// --- the built-in Error classes -------------------------------------------------------------------

const errorKinds: Readonly<Record<string, { readonly kind: string; readonly shape: string }>> = {
  Error: { kind: "RG_ERROR_ERROR", shape: "rg_shape_error" },
  TypeError: { kind: "RG_ERROR_TYPE", shape: "rg_shape_type_error" },
  RangeError: { kind: "RG_ERROR_RANGE", shape: "rg_shape_range_error" },
  SyntaxError: { kind: "RG_ERROR_SYNTAX", shape: "rg_shape_syntax_error" },
};

/** The built-in Error class an expression names (`Error`, `TypeError`, ...), if it names one. */
export function builtinErrorClass(
  checker: ts.TypeChecker,
  e: ts.Expression,
): { readonly kind: string; readonly shape: string } | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  const symbol = checker.getSymbolAtLocation(e);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (decl === undefined || !decl.getSourceFile().fileName.startsWith("/regen-lib/")) return undefined;
  return errorKinds[e.text];
}

/** `new Error(message)` and the other built-in classes, or undefined for other `new` expressions. */
export function newBuiltinError(lw: Lowerer, node: ts.NewExpression, out: Stmt[]): Expr | undefined {
  const cls = builtinErrorClass(lw.checker, node.expression);
  if (cls === undefined) return undefined;
  const [message] = lw.operands(node.arguments ?? [], out);
  const m = message === undefined ? raw("RG_UNDEFINED") : coerce(message, "val");
  return lw.runtime("rg_throw.h", "rg_error_new", "val", [raw(cls.kind, "u32"), m]);
}

/** `v instanceof Error` (or TypeError, RangeError, SyntaxError), or undefined for other classes. */
export function errorInstanceOf(lw: Lowerer, node: ts.BinaryExpression, out: Stmt[]): Expr | undefined {
  const cls = builtinErrorClass(lw.checker, node.right);
  if (cls === undefined) return undefined;
  const v = coerce(lw.expr(node.left, out), "val");
  return lw.runtime("rg_throw.h", "rg_instance_of", "bool", [v, raw(`&${cls.shape}`)]);
}

/** `e.message` / `e.name` on an Error (or a subclass): a slot read (rg_throw.h's slot numbers). */
export function errorProperty(lw: Lowerer, node: ts.PropertyAccessExpression, out: Stmt[]): Expr | undefined {
  const name = node.name.text;
  if (name !== "message" && name !== "name") return undefined;
  const decl = lw.checker.getSymbolAtLocation(node.name)?.declarations?.[0];
  if (decl === undefined || !decl.getSourceFile().fileName.startsWith("/regen-lib/")) return undefined;
  const owner = decl.parent;
  if (!ts.isClassDeclaration(owner) && !ts.isInterfaceDeclaration(owner)) return undefined;
  if (owner.name?.text !== "Error") return undefined;
  const self = coerce(lw.expr(node.expression, out), "val");
  const slot: Expr = {
    k: "slot",
    ty: "val",
    e: self,
    index: {
      k: "raw",
      ty: "u32",
      text: name === "message" ? "RG_ERROR_SLOT_MESSAGE" : "RG_ERROR_SLOT_NAME",
      effects: false,
    },
  };
  lw.includes.add("rg_throw.h");
  return coerce(slot, lw.typeOf(node));
}
