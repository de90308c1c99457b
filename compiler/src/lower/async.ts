// async.ts: async functions as state machines, `await`, sleep(), and the Promise methods.
//
// An `async function f(a)` becomes three C functions:
//   - the entry, with f's typed C signature: allocates the frame (an RG_TYPE_VALS object: the promise,
//     the state number, the two resume closures, then one box per parameter and local of f), runs the
//     body up to its first await by calling the resume function, and returns the promise;
//   - the resume function (uniform convention, self = a closure whose environment holds the frame): loads
//     the boxes from the frame, jumps to the label of the state it suspended in, and runs on. Its body is
//     inside a try whose handler rejects f's promise; falling off the end or `return v` resolves it;
//   - a wrapper used as the rejection handler, which calls the resume function with a "rejected" flag,
//     so the `await` throws the reason where it stands (a surrounding try/catch then catches it).
// `await v` saves the state number and the boxes, calls rg_promise_then(rg_promise_resolve(v), resume,
// reject) (so even a settled value resumes in a later microtask, as in JavaScript), pops the function's
// try records and returns; the state's label follows. Every local lives in a box in the frame, so nothing
// a C local held is needed after a resume (the subset check keeps `await` where no temporary spans it:
// a statement, `const x = await e`, `x = await e`, `return await e`).
// An await inside a try: the records must be pushed again on resume, so each try (a "level") gets an entry
// label before it and a dispatch at the start of its protected body; a resume jumps from level to level
// down to the state's label (exceptions.ts asks for the levels).
import { ts } from "ts-morph";

import type { Expr, Function, Param, Stmt } from "../ir.ts";
import { callValue, newBox, usesThis } from "./closures.ts";
import type { Lowerer } from "./lower.ts";
import { cIdentifier, type FunctionScope } from "./names.ts";
import { bindName } from "./iteration.ts";
import { parameterType, uniformArgument } from "./params.ts";
import { block } from "./statements.ts";
import { coerce, LoweringError } from "./support.ts";
import { nestedStatementLists } from "../ir-walk.ts";

/** Frame slots before the boxes. */
const SLOT_PROMISE = 0;
const SLOT_STATE = 1;
const SLOT_RESUME = 2;
const SLOT_REJECT = 3;
const FIRST_BOX = 4;

/** A try record of the resume function that a resume may have to enter again. */
export interface Level {
  readonly label: string;
  /** holds the entry label once some state needs it (an unused label would be a C warning) */
  readonly entry: Stmt[];
  /** the jumps at the start of the protected body, filled once the states are known */
  readonly dispatch: Stmt[];
}

interface State {
  readonly k: number;
  readonly label: string;
  readonly path: readonly Level[];
}

interface AsyncContext {
  /** the resume function's C scope: code lowered for a nested function is not in this context */
  readonly scope: FunctionScope;
  readonly frame: string;
  readonly resumeState: string;
  readonly top: string;
  readonly boxes: readonly { readonly name: string; readonly slot: number }[];
  readonly levels: Level[];
  readonly states: State[];
  /** the `return` statements that suspend (not the function's own returns) */
  readonly suspends: Set<Stmt>;
  /** the next free frame slot for spilled temporaries */
  nextSlot: number;
}

const contexts = new WeakMap<Lowerer, AsyncContext[]>();

function current(lw: Lowerer): AsyncContext | undefined {
  const stack = contexts.get(lw);
  const ctx = stack?.[stack.length - 1];
  return ctx !== undefined && ctx.scope === lw.scope ? ctx : undefined;
}

/** Inside an async function's body, a value saved for later in the statement (lw.spill) goes into a
 * frame slot, so it survives an await that follows it; undefined elsewhere. */
export function asyncSpill(lw: Lowerer, e: Expr, out: Stmt[]): Expr | undefined {
  const ctx = current(lw);
  if (ctx === undefined) return undefined;
  const slot = ctx.nextSlot++;
  out.push(setFrameSlot(ctx.frame, slot, coerce(e, "val")));
  return coerce(frameSlot(ctx.frame, slot), e.ty);
}

/** Inside an async function's body, a fresh frame slot for state that must survive awaits (the source and
 * position of a for...of: a resume jumps into the loop body, past C locals set before it); undefined
 * elsewhere. */
export function asyncFrameSlot(
  lw: Lowerer,
): { readonly value: Expr; readonly text: string; readonly store: (e: Expr) => Stmt } | undefined {
  const ctx = current(lw);
  if (ctx === undefined) return undefined;
  const slot = ctx.nextSlot++;
  return {
    value: frameSlot(ctx.frame, slot),
    // The same read as C text, for runtime calls written as raw text (lower/iteration.ts).
    text: `((rg_val *)rg_to_ptr(${ctx.frame}))[${slot}u]`,
    store: (e) => setFrameSlot(ctx.frame, slot, coerce(e, "val")),
  };
}

/** Inside an async function's body, gives each captured variable among `decls` a fresh box where its
 * scope starts (a block, a for...of iteration, a catch): its box otherwise lives in the frame for the whole
 * call, and closures made in different iterations would share one binding. The resume after an await
 * reloads the current box from the frame (awaitExpression stores it). Nothing elsewhere. */
export function freshAsyncBoxes(lw: Lowerer, decls: readonly ts.Node[], out: Stmt[]): void {
  const ctx = current(lw);
  if (ctx === undefined) return;
  for (const decl of decls) {
    const v = lw.names.variable(decl);
    if (!lw.captures.boxed.has(decl) || v?.box !== true || !ctx.boxes.some((b) => b.name === v.name))
      continue;
    // Only a loop runs a scope twice in one call; elsewhere the frame's box is already fresh.
    const inLoop = ts.findAncestor(decl.parent, (n) =>
      ts.isFunctionLike(n) ? "quit" : ts.isIterationStatement(n, false),
    );
    if (inLoop === undefined) continue;
    out.push({
      k: "expr",
      e: {
        k: "assign",
        ty: "val",
        name: v.name,
        global: false,
        e: newBox(lw, raw("RG_UNDEFINED")),
      },
    });
  }
}

/** The declarations a binding name introduces (a pattern's binding elements, recursively). */
export function boundDeclarations(name: ts.BindingName, decl: ts.Node): ts.Node[] {
  if (ts.isIdentifier(name)) return [decl];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundDeclarations(e.name, e)));
}

/** The frame's slot count, known once the resume function is lowered (spills add slots). */
interface SlotCount {
  readonly k: "raw";
  readonly ty: "u32";
  text: string;
  readonly effects: false;
}

function raw(text: string, ty: Expr["ty"] = "val"): Expr {
  return { k: "raw", ty, text, effects: false };
}

function frameSlot(frame: string, slot: number): Expr {
  return {
    k: "slot",
    ty: "val",
    e: { k: "var", ty: "val", name: frame, global: false },
    index: { k: "int", ty: "u32", value: slot },
  };
}

function setFrameSlot(frame: string, slot: number, e: Expr): Stmt {
  return {
    k: "expr",
    e: {
      k: "setslot",
      ty: "val",
      obj: { k: "var", ty: "val", name: frame, global: false },
      index: { k: "int", ty: "u32", value: slot },
      e,
    },
  };
}

function isAsync(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)
  );
}

export function isAsyncFunction(f: ts.FunctionLikeDeclaration): boolean {
  return isAsync(f);
}

/** True when the app uses async functions or promises at all: its timers then all go through the
 * runtime (which drains the microtask queue after each callback) and main drains it at its end. */
export function usesPromises(file: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (isAsync(node) || ts.isAwaitExpression(node)) found = true;
    else if (ts.isIdentifier(node) && (node.text === "Promise" || node.text === "sleep")) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The statement draining the microtask queue (end of main). */
export function drainMicrotasks(lw: Lowerer): Stmt {
  return { k: "expr", e: lw.runtime("rg_promise.h", "rg_microtasks_run", "void", []) };
}

/** Variable declarations of a function body (catch bindings and loop heads included), not those of
 * nested functions. */
function localDeclarations(body: ts.Node): (ts.VariableDeclaration | ts.BindingElement)[] {
  const found: (ts.VariableDeclaration | ts.BindingElement)[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    // A destructuring declaration: each name it binds is a local (lower/patterns.ts binds them).
    if ((ts.isVariableDeclaration(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name))
      found.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** The names destructured parameters bind: locals of the frame, like the body's (bound by the resume
 * function's prologue, parameterPrologue). */
function parameterLocals(
  parameters: readonly ts.ParameterDeclaration[],
): (ts.VariableDeclaration | ts.BindingElement)[] {
  return parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [] : localDeclarations(p.name)));
}

/** `async function f(...)`: returns the entry function; the resume functions join lw.functions. */
export function asyncFunction(
  lw: Lowerer,
  f: ts.FunctionDeclaration | ts.MethodDeclaration,
  method?: { readonly name: string; readonly self: boolean },
): Function {
  const name = method?.name ?? lw.names.function(f) ?? "f_missing";
  if (f.body === undefined) throw new LoweringError(f, "async function without a body");
  const body = f.body;
  const resume = `ar_${name}`;
  const reject = `aj_${name}`;
  const locals = [...parameterLocals(f.parameters), ...localDeclarations(body)];
  const slotCount: SlotCount = { k: "raw", ty: "u32", text: "", effects: false };
  const line = lw.file.getLineAndCharacterOfPosition(f.getStart(lw.file)).line + 1;
  lw.includes.add("rg_promise.h");
  lw.includes.add("rg_throw.h");

  // The entry: typed parameters in, the promise out.
  const entry = lw.withFunction("val", (): Function => {
    // An instance method's `this` rides in its resume closures (rg_closure_t.this_val).
    const self = method?.self === true ? lw.scope.unique("self") : undefined;
    // Optional, default, rest and destructured parameters arrive as one rg_val each (params.ts); the
    // resume function's prologue applies the defaults and binds the patterns.
    const params: Param[] = f.parameters.map((p, i) => ({
      name: lw.scope.unique(ts.isIdentifier(p.name) ? `p_${cIdentifier(p.name.text)}` : `a_arg${i}`),
      ty: parameterType(lw, p),
    }));
    const frame = lw.scope.unique("fr");
    const boxes: Expr[] = [
      ...params.map((p) => newBox(lw, coerce({ k: "var", ty: p.ty, name: p.name, global: false }, "val"))),
      ...locals.map(() => newBox(lw, raw("RG_UNDEFINED"))),
    ];
    const thisVal: Expr | undefined =
      self === undefined ? undefined : { k: "var", ty: "val", name: self, global: false };
    const out = frameSetup(lw, frame, slotCount, resume, reject, boxes, thisVal);
    const all: Param[] = self === undefined ? params : [{ name: self, ty: "val" }, ...params];
    return { name, params: all, returns: "val", body: out, line };
  });

  const declarations = [...f.parameters, ...locals];
  lw.functions.push(resumeFunction(lw, resume, line, declarations, body, slotCount, method?.self === true));
  lw.functions.push(rejectWrapper(reject, resume, line));
  return entry;
}

/** The rejection handler: resumes with the reason and the "rejected" flag. */
function rejectWrapper(name: string, resume: string, line: number): Function {
  return {
    name,
    uniform: true,
    params: [],
    returns: "val",
    line,
    body: [
      {
        k: "return",
        e: {
          k: "raw",
          ty: "val",
          text: `${resume}(cx, self, 2u, (const rg_val[]){rg_arg(argc, argv, 0u), RG_TRUE})`,
          effects: true,
        },
      },
    ],
  };
}

/** The frame set-up shared by both entries: promise, state, resume closures, then `boxes` in order. */
function frameSetup(
  lw: Lowerer,
  frame: string,
  slotCount: Expr,
  resume: string,
  reject: string,
  boxes: readonly Expr[],
  thisVal: Expr = raw("RG_UNDEFINED"),
): Stmt[] {
  lw.helpers.add("closure");
  const closure = (code: string): Expr =>
    lw.runtime("rg_alloc.h", "rgc_closure_new", "val", [
      raw(code),
      { k: "int", ty: "u32", value: 1 },
      thisVal,
      { k: "argv", ty: "void", items: [{ k: "var", ty: "val", name: frame, global: false }] },
    ]);
  return [
    {
      k: "decl",
      name: frame,
      ty: "val",
      init: lw.runtime("rg_alloc.h", "rg_alloc_slots", "val", [raw("RG_TYPE_VALS", "u32"), slotCount]),
    },
    setFrameSlot(frame, SLOT_PROMISE, lw.runtime("rg_promise.h", "rg_promise_new", "val", [])),
    setFrameSlot(frame, SLOT_STATE, raw("rg_num(0.0)")),
    setFrameSlot(frame, SLOT_RESUME, closure(resume)),
    setFrameSlot(frame, SLOT_REJECT, closure(reject)),
    ...boxes.map((b, i) => setFrameSlot(frame, FIRST_BOX + i, b)),
    {
      k: "expr",
      e: lw.runtime("rg_alloc.h", "rg_call", "val", [
        frameSlot(frame, SLOT_RESUME),
        { k: "argv", ty: "void", items: [] },
      ]),
    },
    { k: "return", e: frameSlot(frame, SLOT_PROMISE) },
  ];
}

/** An async arrow function or function expression as a value: a closure whose code is the entry. */
export function asyncFunctionValue(lw: Lowerer, node: ts.ArrowFunction | ts.FunctionExpression): Expr {
  const env = lw.captures.environments.get(node) ?? [];
  // An async arrow using `this` keeps its maker's: the closure carries it to the frame's closures.
  const outerThis = ts.isArrowFunction(node) && usesThis(node) ? lw.thisExpr : undefined;
  const entry = lw.names.nextClosure();
  const resume = `ar_${entry}`;
  const reject = `aj_${entry}`;
  const locals = [...parameterLocals(node.parameters), ...localDeclarations(node.body)];
  const line = lw.file.getLineAndCharacterOfPosition(node.getStart(lw.file)).line + 1;
  const slotCount: SlotCount = { k: "raw", ty: "u32", text: "", effects: false };
  lw.includes.add("rg_promise.h");
  lw.includes.add("rg_throw.h");
  const body = lw.withFunction("val", (): Stmt[] => {
    const frame = lw.scope.unique("fr");
    const boxes: Expr[] = [];
    node.parameters.forEach((p, i) => {
      // A rest parameter collects the remaining arguments into an array.
      const arg =
        p.dotDotDotToken === undefined ? raw(`rg_arg(argc, argv, ${i}u)`) : uniformArgument(lw, p, i);
      boxes.push(newBox(lw, arg));
    });
    for (let j = 0; j < locals.length; j++) boxes.push(newBox(lw, raw("RG_UNDEFINED")));
    // Captured variables: the closure's own boxes, shared with the function that made it.
    env.forEach((_, i) =>
      boxes.push(raw(`((const rg_val *)rg_to_ptr(((const rg_closure_t *)rg_to_ptr(self))->env))[${i}]`)),
    );
    const thisVal =
      outerThis === undefined ? undefined : raw("((const rg_closure_t *)rg_to_ptr(self))->this_val");
    return frameSetup(lw, frame, slotCount, resume, reject, boxes, thisVal);
  });
  lw.functions.push({ name: entry, uniform: true, params: [], returns: "val", body, line });
  // The captured variables' names belong to the enclosing function again after the resume function.
  const saved = env.map((decl) => [decl, lw.names.variable(decl)] as const);
  const declarations = [...node.parameters, ...locals, ...env] as (
    ts.ParameterDeclaration | ts.VariableDeclaration | ts.BindingElement
  )[];
  lw.functions.push(
    resumeFunction(lw, resume, line, declarations, node.body, slotCount, outerThis !== undefined),
  );
  for (const [decl, v] of saved) if (v !== undefined) lw.names.defineVariable(decl, v);
  lw.functions.push(rejectWrapper(reject, resume, line));
  const arity = node.parameters.length;
  if (env.length === 0 && outerThis === undefined) {
    let closure = lw.staticClosures.find((c) => c.code === entry);
    if (closure === undefined) {
      closure = { name: `rgc_fv_${lw.staticClosures.length + 1}`, code: entry, arity };
      lw.staticClosures.push(closure);
    }
    return raw(`rg_ptr(&${closure.name}.c)`);
  }
  lw.helpers.add("closure");
  const captured: Expr[] = env.map((decl) => {
    const v = lw.names.variable(decl);
    if (v === undefined || v.box !== true) throw new LoweringError(node, "a captured variable has no box");
    return { k: "var", ty: "val", name: v.name, global: false };
  });
  return lw.runtime("rg_alloc.h", "rgc_closure_new", "val", [
    raw(entry),
    { k: "int", ty: "u32", value: arity },
    outerThis === undefined ? raw("RG_UNDEFINED") : coerce(outerThis, "val"),
    { k: "argv", ty: "void", items: captured },
  ]);
}

/** The resume function: the body as a state machine inside a try that rejects the promise. */
function resumeFunction(
  lw: Lowerer,
  name: string,
  line: number,
  declarations: readonly (ts.ParameterDeclaration | ts.VariableDeclaration | ts.BindingElement)[],
  source: ts.ConciseBody,
  slotCount: SlotCount,
  hasThis = false,
): Function {
  // `this` (a method's, or an arrow's captured one) is the this_val of the closure resuming the body.
  const savedThis = lw.thisExpr;
  lw.thisExpr = hasThis ? raw("((const rg_closure_t *)rg_to_ptr(self))->this_val") : undefined;
  const body = lw.withFunction("val", (): Stmt[] => {
    const frame = lw.scope.unique("fr");
    const resumeState = lw.scope.unique("rs");
    const top = lw.scope.unique("top");
    const out: Stmt[] = [
      {
        k: "decl",
        name: frame,
        ty: "val",
        init: raw("((const rg_val *)rg_to_ptr(((const rg_closure_t *)rg_to_ptr(self))->env))[0]"),
      },
      {
        k: "decl",
        name: resumeState,
        ty: "i32",
        init: raw(`(int32_t)rg_to_f64(((const rg_val *)rg_to_ptr(${frame}))[${SLOT_STATE}])`, "i32"),
      },
      // A body without await never reads it.
      { k: "expr", e: { k: "var", ty: "i32", name: resumeState, global: false } },
    ];
    const boxes = declarations.map((d, i) => {
      // A destructured parameter's box holds the argument (its names have their own boxes).
      if (!ts.isIdentifier(d.name) && !ts.isParameter(d))
        throw new LoweringError(d, "destructuring in an async function");
      const boxName = lw.scope.unique(
        ts.isIdentifier(d.name) ? `b_${cIdentifier(d.name.text)}` : `b_arg${i}`,
      );
      if (ts.isIdentifier(d.name))
        lw.names.defineVariable(d, { name: boxName, global: false, ty: lw.typeOf(d.name), box: true });
      out.push({ k: "decl", name: boxName, ty: "val", init: frameSlot(frame, FIRST_BOX + i) });
      return { name: boxName, slot: FIRST_BOX + i };
    });
    const context: AsyncContext = {
      scope: lw.scope,
      nextSlot: FIRST_BOX + declarations.length,
      frame,
      resumeState,
      top,
      boxes,
      levels: [],
      states: [],
      suspends: new Set(),
    };
    const stack = contexts.get(lw) ?? [];
    contexts.set(lw, stack);
    stack.push(context);
    const lowered: Stmt[] = [];
    try {
      parameterPrologue(lw, declarations, boxes, lowered);
      if (ts.isBlock(source)) {
        lowered.push(...block(lw, source.statements));
      } else {
        // `async (x) => expr`: the value of expr resolves the promise.
        lowered.push(lw.line(source));
        lowered.push({ k: "return", e: coerce(lw.expr(source, lowered), "val") });
      }
    } finally {
      stack.pop();
    }
    const settle = (fn: string, value: Expr): Stmt => ({
      k: "expr",
      e: lw.runtime("rg_promise.h", fn, "void", [frameSlot(frame, SLOT_PROMISE), value]),
    });
    const popTop: Stmt = { k: "expr", e: lw.runtime("rg_throw.h", "rg_try_pop", "void", [raw(`&${top}`)]) };
    const undefinedValue = raw("RG_UNDEFINED");
    // The jumps of each state, from the top through every level to its label.
    const goto = (k: number, label: string): Stmt => ({
      k: "if",
      c: {
        k: "binary",
        ty: "bool",
        op: "==",
        l: { k: "var", ty: "i32", name: resumeState, global: false },
        r: { k: "int", ty: "i32", value: k },
      },
      then: [{ k: "goto", label }],
      otherwise: [],
    });
    slotCount.text = `${context.nextSlot}u`;
    const topDispatch: Stmt[] = [];
    for (const s of context.states) {
      topDispatch.push(goto(s.k, s.path[0]?.label ?? s.label));
      s.path.forEach((level, i) => {
        level.dispatch.push(goto(s.k, s.path[i + 1]?.label ?? s.label));
        if (level.entry.length === 0) level.entry.push({ k: "label", label: level.label });
      });
    }
    // The body's own returns settle the promise (a return of a promise adopts it, as JavaScript does).
    replaceReturns(lowered, context.suspends, (e) => [
      settle("rg_promise_resolve_with", e ?? undefinedValue),
      popTop,
      { k: "return", e: undefinedValue },
    ]);
    out.push({
      k: "try",
      record: top,
      body: [
        ...topDispatch,
        ...lowered,
        settle("rg_promise_resolve_with", undefinedValue),
        popTop,
        { k: "return", e: undefinedValue },
      ],
      handler: [settle("rg_promise_reject_with", raw(`${top}.thrown`)), { k: "return", e: undefinedValue }],
    });
    return out;
  });
  lw.thisExpr = savedThis;
  return { name, uniform: true, params: [], returns: "val", body, line };
}

/** The start of the body (state 0, inside the try, so a default that throws rejects the promise): in
 * order, each omitted argument with a default gets it, and each destructured parameter binds its names
 * (into their frame boxes), as JavaScript does before the body's first statement. */
function parameterPrologue(
  lw: Lowerer,
  declarations: readonly ts.Node[],
  boxes: readonly { readonly name: string }[],
  out: Stmt[],
): void {
  declarations.forEach((p, i) => {
    const box = boxes[i]?.name;
    if (!ts.isParameter(p) || box === undefined) return;
    // The box's value (a box is a one-slot object).
    const value = frameSlot(box, 0);
    if (p.initializer !== undefined) {
      const pre: Stmt[] = [];
      const fallback = coerce(lw.expr(p.initializer, pre), "val");
      out.push({
        k: "if",
        c: raw(`((rg_val *)rg_to_ptr(${box}))[0u] == RG_UNDEFINED`, "bool"),
        then: [...pre, setFrameSlot(box, 0, fallback)],
        otherwise: [],
      });
    }
    if (!ts.isIdentifier(p.name)) bindName(lw, p.name, p, value, out);
  });
}

/** Replaces, in place, every `return` of a lowered body (except the suspensions) by `replacement`. */
function replaceReturns(
  list: Stmt[],
  keep: ReadonlySet<Stmt>,
  replacement: (e: Expr | undefined) => Stmt[],
): void {
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s === undefined) continue;
    if (s.k === "return" && !keep.has(s)) {
      const next = replacement(s.e);
      list.splice(i, 1, ...next);
      i += next.length - 1;
      continue;
    }
    for (const value of Object.values(s))
      nestedStatementLists(value, (inner) => replaceReturns(inner, keep, replacement));
  }
}

/** `await e` (in the positions the subset check allows). */
export function awaitExpression(lw: Lowerer, node: ts.AwaitExpression, out: Stmt[]): Expr {
  const ctx = current(lw);
  if (ctx === undefined) throw new LoweringError(node, "await outside an async function");
  const value = coerce(lw.expr(node.expression, out), "val");
  const k = ctx.states.length + 1;
  const label = lw.scope.unique(`aw_${k}`);
  out.push(setFrameSlot(ctx.frame, SLOT_STATE, raw(`rg_num(${k}.0)`)));
  for (const b of ctx.boxes)
    out.push(setFrameSlot(ctx.frame, b.slot, { k: "var", ty: "val", name: b.name, global: false }));
  const promise = lw.runtime("rg_promise.h", "rg_promise_resolve", "val", [value]);
  out.push({
    k: "expr",
    e: lw.runtime("rg_promise.h", "rg_promise_then", "val", [
      promise,
      frameSlot(ctx.frame, SLOT_RESUME),
      frameSlot(ctx.frame, SLOT_REJECT),
    ]),
  });
  out.push({ k: "expr", e: lw.runtime("rg_throw.h", "rg_try_pop", "void", [raw(`&${ctx.top}`)]) });
  const suspend: Stmt = { k: "return", e: raw("RG_UNDEFINED") };
  ctx.suspends.add(suspend);
  out.push(suspend, { k: "label", label });
  ctx.states.push({ k, label, path: [...ctx.levels] });
  out.push({
    k: "expr",
    e: {
      k: "assign",
      ty: "i32",
      name: ctx.resumeState,
      global: false,
      e: { k: "int", ty: "i32", value: 0 },
    },
  });
  out.push({
    k: "if",
    c: raw("rg_arg(argc, argv, 1u) == RG_TRUE", "bool"),
    then: [{ k: "expr", e: lw.runtime("rg_throw.h", "rg_throw", "void", [raw("rg_arg(argc, argv, 0u)")]) }],
    otherwise: [],
  });
  // An await whose value is dropped needs no type (`await p.catch(log)` is a `number | void`).
  if (ts.isExpressionStatement(skipParentParens(node))) return raw("RG_UNDEFINED");
  const ty = lw.typeOf(node);
  if (ty === "void") return raw("RG_UNDEFINED");
  // The result gets its own frame slot: read from argv later, it would be the value of whatever await of
  // the same expression resumed last (`console.log(await a(), await b())` would print b's result twice).
  const slot = ctx.nextSlot++;
  out.push(setFrameSlot(ctx.frame, slot, raw("rg_arg(argc, argv, 0u)")));
  return coerce(frameSlot(ctx.frame, slot), ty);
}

/** The nearest ancestor of `node` that is not a parenthesized expression. */
function skipParentParens(node: ts.Node): ts.Node {
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) parent = parent.parent;
  return parent;
}

/** A try record about to be pushed inside an async function's body (exceptions.ts): a level resumes
 * re-enter. Undefined outside async functions. */
export function openLevel(lw: Lowerer): Level | undefined {
  const ctx = current(lw);
  if (ctx === undefined) return undefined;
  const level: Level = { label: lw.scope.unique("lv"), entry: [], dispatch: [] };
  ctx.levels.push(level);
  return level;
}

export function closeLevel(lw: Lowerer, level: Level | undefined): void {
  if (level === undefined) return;
  const ctx = current(lw);
  if (ctx?.levels[ctx.levels.length - 1] !== level) throw new Error("async try levels out of order");
  ctx.levels.pop();
}

/** sleep(ms), and then/catch/finally on a promise; undefined for other calls. */
export function promiseCall(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr | undefined {
  const callee = node.expression;
  const symbol = lw.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
  const target =
    symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias
      ? lw.checker.getAliasedSymbol(symbol)
      : symbol;
  const decl = target?.declarations?.[0];
  if (decl === undefined || !decl.getSourceFile().fileName.startsWith("/regen-lib/")) {
    // A function value whose type the library declares (the resolve and reject of a Promise executor):
    // an ordinary call of a function value, not a library function.
    const signature = lw.checker.getResolvedSignature(node)?.declaration;
    if (
      ts.isIdentifier(callee) &&
      decl !== undefined &&
      (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) &&
      signature !== undefined &&
      signature.getSourceFile().fileName.startsWith("/regen-lib/")
    ) {
      return callValue(lw, node, out);
    }
    return undefined;
  }
  if (ts.isIdentifier(callee) && target?.getName() === "sleep") {
    const [ms] = lw.operands(node.arguments, out);
    const delay = ms === undefined ? ({ k: "number", ty: "f64", value: 0 } as const) : coerce(ms, "f64");
    lw.usesTimerDispatch = true;
    return lw.runtime("rg_promise.h", "rg_rt_sleep", "val", [delay]);
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const owner = decl.parent;
  if (!ts.isInterfaceDeclaration(owner) || owner.name.text !== "Promise") return undefined;
  const method = callee.name.text;
  const arity = method === "then" ? 2 : 1;
  if (method !== "then" && method !== "catch" && method !== "finally") return undefined;
  const [self, ...args] = lw.operands([callee.expression, ...node.arguments], out);
  if (self === undefined) throw new LoweringError(node, "missing receiver");
  const handlers: Expr[] = [];
  for (let i = 0; i < arity; i++)
    handlers.push(args[i] === undefined ? raw("RG_UNDEFINED") : coerce(args[i] as Expr, "val"));
  return lw.runtime("rg_promise.h", `rg_promise_${method}`, "val", [coerce(self, "val"), ...handlers]);
}

/** `new Promise((resolve, reject) => ...)`, or undefined for other `new` expressions. */
export function newPromise(lw: Lowerer, node: ts.NewExpression, out: Stmt[]): Expr | undefined {
  if (!ts.isIdentifier(node.expression) || node.expression.text !== "Promise") return undefined;
  const decl = lw.checker.getSymbolAtLocation(node.expression)?.declarations?.[0];
  if (decl === undefined || !decl.getSourceFile().fileName.startsWith("/regen-lib/")) return undefined;
  const [executor] = lw.operands(node.arguments ?? [], out);
  if (executor === undefined) throw new LoweringError(node, "new Promise without an executor");
  return lw.runtime("rg_promise.h", "rg_promise_construct", "val", [coerce(executor, "val")]);
}
