// iteration.ts: `for...of` over arrays, strings, Map, Set and typed arrays, and destructuring bindings.
//
// Every loop is an index or iterator loop in C (no iterator objects): arrays re-read their count each
// step as JavaScript does, strings step by code point (rg_str_next_code_point), Map and Set iterate live
// with rg_map_iter_* (a Map gives [key, value] pairs). The loop variable is declared in the body, so a
// closure capturing it gets a fresh box each iteration. Destructuring (`const [a, b] = xs`,
// `const { x, y } = p`, with defaults) binds each name from an element or property.
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import { asyncFrameSlot, boundDeclarations, freshAsyncBoxes } from "./async.ts";
import { declareLocal } from "./closures.ts";
import type { Lowerer } from "./lower.ts";
import { cIdentifier } from "./names.ts";
import { propertyOf } from "./objects.ts";
import { arrayPatternSource, namedKeys, restOfArray, restOfObject } from "./patterns.ts";
import { nested } from "./statements.ts";
import { coerce, LoweringError, type LoopContext } from "./support.ts";

type IterableKind = "array" | "string" | "map" | "set" | "typed";

function iterableKind(lw: Lowerer, node: ts.Expression): IterableKind {
  const t = lw.checker.getNonNullableType(lw.checker.getTypeAtLocation(node));
  if (t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return "string";
  const name = t.getSymbol()?.getName() ?? "";
  if (name === "Map" || name === "ReadonlyMap") return "map";
  if (name === "Set" || name === "ReadonlySet") return "set";
  if (/^(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array$/.test(name)) return "typed";
  // Arrays, and every IterableIterator (keys()/values()/entries() return array snapshots).
  return "array";
}

const raw = (text: string, ty: Expr["ty"] = "val"): Expr => ({ k: "raw", ty, text, effects: false });

/** Binds a declaration's name (or pattern) to `value`. */
export function bindName(lw: Lowerer, name: ts.BindingName, decl: ts.Node, value: Expr, out: Stmt[]): void {
  if (ts.isIdentifier(name)) {
    const ty = lw.typeOf(name);
    declareLocal(lw, decl, cIdentifier(name.text), ty, coerce(value, ty), out);
    return;
  }
  // A pattern: the value is evaluated once, then each element or property is bound in order.
  const whole = ts.isArrayBindingPattern(name)
    ? arrayPatternSource(lw, lw.checker.getTypeAtLocation(name), value)
    : value;
  const source = lw.spill(coerce(whole, "val"), out);
  name.elements.forEach((element, i) => {
    if (ts.isOmittedExpression(element)) return;
    if (element.dotDotDotToken !== undefined) {
      // `...tail` / `...others`: the remaining items, or the properties the pattern does not name.
      const rest = ts.isArrayBindingPattern(name)
        ? restOfArray(lw, source, i)
        : restOfObject(lw, lw.checker.getTypeAtLocation(name), namedKeys(name), source, element, out);
      bindName(lw, element.name, element, rest, out);
      return;
    }
    let item: Expr;
    if (ts.isArrayBindingPattern(name)) {
      lw.includes.add("rg_coll.h");
      item = {
        k: "rt",
        ty: "val",
        fn: "rg_arr_get_index",
        args: [source, { k: "number", ty: "f64", value: i }],
        effects: false,
      };
    } else {
      const key = element.propertyName ?? element.name;
      if (!ts.isIdentifier(key)) throw new LoweringError(element, "computed property names reached lowering");
      item = propertyOf(lw, name, key.text, source);
    }
    if (element.initializer !== undefined) {
      const t = lw.scope.temp();
      out.push({ k: "decl", name: t, ty: "val", init: item });
      const pre: Stmt[] = [];
      const fallback = coerce(lw.expr(element.initializer, pre), "val");
      out.push({
        k: "if",
        c: raw(`${t} == RG_UNDEFINED`, "bool"),
        then: [...pre, { k: "expr", e: { k: "assign", ty: "val", name: t, global: false, e: fallback } }],
        otherwise: [],
      });
      item = { k: "var", ty: "val", name: t, global: false };
    }
    bindName(lw, element.name, element, item, out);
  });
}

export function forOf(lw: Lowerer, s: ts.ForOfStatement, out: Stmt[]): void {
  const list = s.initializer;
  if (!ts.isVariableDeclarationList(list))
    throw new LoweringError(s, "for...of over an existing variable reached lowering");
  const decl = list.declarations[0];
  if (decl === undefined) throw new LoweringError(s, "for...of without a variable");
  const kind = iterableKind(lw, s.expression);
  const sourceSlot = asyncFrameSlot(lw);
  if (sourceSlot !== undefined) {
    forOfInFrame(lw, s, decl, kind, sourceSlot, out);
    return;
  }
  const outer: Stmt[] = [];
  const source = lw.scope.temp();
  outer.push({ k: "decl", name: source, ty: "val", init: coerce(lw.expr(s.expression, outer), "val") });
  const body: Stmt[] = [];
  const update: Stmt[] = [];
  const index = lw.scope.unique(`${source}_i`);
  let item: Expr;
  switch (kind) {
    case "array":
    case "typed": {
      lw.includes.add("rg_coll.h");
      outer.push({ k: "decl", name: index, ty: "u32", init: { k: "int", ty: "u32", value: 0 } });
      const count = kind === "array" ? `rg_arr_count(${source})` : `(uint32_t)rg_typed_length(${source})`;
      body.push({ k: "if", c: raw(`${index} >= ${count}`, "bool"), then: [{ k: "break" }], otherwise: [] });
      item =
        kind === "array"
          ? raw(`rg_arr_item(${source}, ${index})`)
          : coerce(raw(`rg_typed_item(${source}, ${index})`, "f64"), "val");
      // An assignment node (not raw text), so emit/volatile-locals.ts sees the index change inside a try's loop.
      update.push({
        k: "expr",
        e: { k: "assign", ty: "u32", name: index, global: false, e: raw(`${index} + 1u`, "u32") },
      });
      break;
    }
    case "string": {
      lw.includes.add("rg_str.h");
      lw.runtime("rg_str.h", "rg_str_next_code_point", "val", []);
      outer.push({ k: "decl", name: index, ty: "u32", init: { k: "int", ty: "u32", value: 0 } });
      body.push({
        k: "if",
        c: raw(`${index} >= rg_str_of(${source})->length`, "bool"),
        then: [{ k: "break" }],
        otherwise: [],
      });
      item = raw(`rg_str_next_code_point(&rg_globals.cx, ${source}, &${index})`);
      break;
    }
    case "map":
    case "set": {
      lw.includes.add("rg_coll.h");
      outer.push({ k: "cdecl", type: "rg_map_iter_t", name: index });
      outer.push({
        k: "expr",
        e: { k: "raw", ty: "void", text: `rg_map_iter_init(&${index}, ${source})`, effects: true },
      });
      const key = lw.scope.unique(`${source}_k`);
      const value = lw.scope.unique(`${source}_v`);
      outer.push({ k: "decl", name: key, ty: "val", init: undefined });
      outer.push({ k: "decl", name: value, ty: "val", init: undefined });
      body.push({
        k: "if",
        c: raw(`!rg_map_iter_next(&${index}, &${key}, &${value})`, "bool"),
        then: [{ k: "break" }],
        otherwise: [],
      });
      item =
        kind === "set"
          ? raw(key)
          : lw.runtime("rg_coll.h", "rg_arr_of", "val", [
              { k: "argv", ty: "void", items: [raw(key), raw(value)] },
            ]);
      break;
    }
  }
  bindName(lw, decl.name, decl, item, body);
  const context: LoopContext = { label: lw.scope.unique("next"), used: false };
  lw.loops.push(context);
  body.push(...nested(lw, s.statement));
  lw.loops.pop();
  outer.push({ k: "loop", body, continueLabel: context.used ? context.label : undefined, update });
  out.push({ k: "block", body: outer });
}

type FrameSlot = NonNullable<ReturnType<typeof asyncFrameSlot>>;

/** for...of in an async function: the source and the position live in frame slots, since an await in the
 * body suspends and the resume jumps back into the body, past any C local set before the loop. Each
 * iteration reads them from the frame, takes the next item, and writes the position back. */
function forOfInFrame(
  lw: Lowerer,
  s: ts.ForOfStatement,
  decl: ts.VariableDeclaration,
  kind: ReturnType<typeof iterableKind>,
  source: FrameSlot,
  out: Stmt[],
): void {
  const slot = (): FrameSlot => {
    const fresh = asyncFrameSlot(lw);
    if (fresh === undefined) throw new LoweringError(s, "for...of frame slot outside an async function");
    return fresh;
  };
  const outer: Stmt[] = [];
  outer.push(source.store(coerce(lw.expr(s.expression, outer), "val")));
  const body: Stmt[] = [];
  // Each iteration binds the head's names afresh: a closure made in one keeps that iteration's value.
  freshAsyncBoxes(lw, boundDeclarations(decl.name, decl), body);
  const update: Stmt[] = [];
  let item: Expr;
  if (kind === "map" || kind === "set") {
    lw.includes.add("rg_coll.h");
    // The iterator's walked store and position are saved between iterations (rg_map_iter_t).
    const store = slot();
    const pos = slot();
    const first = lw.scope.unique("it0");
    outer.push({ k: "cdecl", type: "rg_map_iter_t", name: first });
    outer.push({ k: "expr", e: raw(`rg_map_iter_init(&${first}, ${source.text})`, "void") });
    outer.push(store.store(raw(`${first}.store`)));
    outer.push(pos.store(raw(`(double)${first}.pos`, "f64")));
    const key = lw.scope.unique("key");
    const value = lw.scope.unique("value");
    outer.push({ k: "decl", name: key, ty: "val", init: undefined });
    outer.push({ k: "decl", name: value, ty: "val", init: undefined });
    const it = lw.scope.unique("it");
    body.push({ k: "cdecl", type: "rg_map_iter_t", name: it });
    const restore = `${it}.self = ${source.text}, ${it}.store = ${store.text}`;
    body.push({ k: "expr", e: raw(`(${restore}, ${it}.pos = (uint32_t)rg_to_f64(${pos.text}))`, "void") });
    body.push({
      k: "if",
      c: raw(`!rg_map_iter_next(&${it}, &${key}, &${value})`, "bool"),
      then: [{ k: "break" }],
      otherwise: [],
    });
    body.push(store.store(raw(`${it}.store`)));
    body.push(pos.store(raw(`(double)${it}.pos`, "f64")));
    item =
      kind === "set"
        ? raw(key)
        : lw.runtime("rg_coll.h", "rg_arr_of", "val", [
            { k: "argv", ty: "void", items: [raw(key), raw(value)] },
          ]);
    bindName(lw, decl.name, decl, item, body);
  } else {
    const position = slot();
    outer.push(position.store({ k: "number", ty: "f64", value: 0 }));
    const index = `(uint32_t)rg_to_f64(${position.text})`;
    if (kind === "string") {
      lw.includes.add("rg_str.h");
      lw.runtime("rg_str.h", "rg_str_next_code_point", "val", []);
      body.push({
        k: "if",
        c: raw(`${index} >= rg_str_of(${source.text})->length`, "bool"),
        then: [{ k: "break" }],
        otherwise: [],
      });
      const next = lw.scope.unique("next_pos");
      body.push({ k: "cdecl", type: "uint32_t", name: next });
      body.push({ k: "expr", e: raw(`(${next} = ${index}, (void)0)`, "void") });
      item = raw(`rg_str_next_code_point(&rg_globals.cx, ${source.text}, &${next})`);
      const bound: Stmt[] = [];
      bindName(lw, decl.name, decl, item, bound);
      body.push(...bound);
      body.push(position.store(raw(`(double)${next}`, "f64")));
    } else {
      lw.includes.add("rg_coll.h");
      const count =
        kind === "array" ? `rg_arr_count(${source.text})` : `(uint32_t)rg_typed_length(${source.text})`;
      body.push({ k: "if", c: raw(`${index} >= ${count}`, "bool"), then: [{ k: "break" }], otherwise: [] });
      item =
        kind === "array"
          ? raw(`rg_arr_item(${source.text}, ${index})`)
          : coerce(raw(`rg_typed_item(${source.text}, ${index})`, "f64"), "val");
      bindName(lw, decl.name, decl, item, body);
      update.push(position.store(raw(`rg_to_f64(${position.text}) + 1.0`, "f64")));
    }
  }
  const context: LoopContext = { label: lw.scope.unique("next"), used: false };
  lw.loops.push(context);
  body.push(...nested(lw, s.statement));
  lw.loops.pop();
  outer.push({ k: "loop", body, continueLabel: context.used ? context.label : undefined, update });
  out.push({ k: "block", body: outer });
}
