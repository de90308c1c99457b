// patterns.ts: destructuring beyond plain names: rest elements, defaults, and destructuring assignment.
//
// `const [head, ...tail] = xs` binds tail to `xs.slice(1)`; `const { a, ...others } = o` binds others
// to a new object holding the properties o's static type declares that the pattern does not name (its
// shape is the key list of that rest type, so reads of it take the one-load path). Destructuring
// assignment (`[a, b] = [b, a]`, `({ x, y: z = 0 } = p)`, nested patterns, `[first, ...rest] = xs`)
// evaluates the right side once, then assigns each target in order from its element or property; a
// default applies when that value is undefined. The value of the assignment is the right side.
import { ts } from "ts-morph";

import { resolveSymbol } from "../check/resolve.ts";
import type { Expr, Stmt } from "../ir.ts";
import { asyncSpill } from "./async.ts";
import type { Lowerer } from "./lower.ts";
import { newObject } from "./objects.ts";
import { coerce, LoweringError, skipParens, type Place } from "./support.ts";

const raw = (text: string, ty: Expr["ty"] = "val"): Expr => ({ k: "raw", ty, text, effects: false });

/** `item`, or the initializer's value when item is undefined (evaluated only then). */
export function withDefault(lw: Lowerer, item: Expr, initializer: ts.Expression, out: Stmt[]): Expr {
  // A saved place, not a plain C local: in an async function the default may await.
  const t = savedValue(lw, coerce(item, "val"), out);
  const pre: Stmt[] = [];
  const fallback = coerce(lw.expr(initializer, pre), "val");
  const isUndefined: Expr = { k: "rt", ty: "bool", fn: "rg_is_undefined", args: [t], effects: false };
  out.push({
    k: "if",
    c: isUndefined,
    then: [...pre, { k: "expr", e: assignTo(t, fallback) }],
    otherwise: [],
  });
  return t;
}

/** Stores into a saved value (a C local, or an async frame's slot). */
function assignTo(target: Expr, value: Expr): Expr {
  if (target.k === "var")
    return { k: "assign", ty: "val", name: target.name, global: target.global, e: value };
  if (target.k === "slot") return { k: "setslot", ty: "val", obj: target.e, index: target.index, e: value };
  throw new Error(`cannot assign to a ${target.k}`);
}

/** Element i of an array value (undefined past its end). */
export function elementOf(lw: Lowerer, source: Expr, i: number): Expr {
  lw.includes.add("rg_coll.h");
  return {
    k: "rt",
    ty: "val",
    fn: "rg_arr_get_index",
    args: [source, { k: "number", ty: "f64", value: i }],
    effects: false,
  };
}

/** An array pattern's source as an array: a string, Map, Set or typed array (`const [a, b] = "hi"`) is
 * first turned into the array its iteration gives (Array.from), as JavaScript's destructuring iterates
 * it; an array or tuple is used as it is. */
export function arrayPatternSource(lw: Lowerer, type: ts.Type, value: Expr): Expr {
  const t = lw.checker.getNonNullableType(type);
  const members = t.isUnion() ? t.types : [t];
  if (members.every((m) => lw.checker.isArrayType(m) || lw.checker.isTupleType(m))) return value;
  return lw.runtime("rg_coll.h", "rg_array_from", "val", [coerce(value, "val"), raw("RG_UNDEFINED")]);
}

/** The items of an array value from index i on: a new array. */
export function restOfArray(lw: Lowerer, source: Expr, i: number): Expr {
  return lw.runtime("rg_coll.h", "rg_arr_slice", "val", [source, raw(`rg_num(${i}.0)`), raw("RG_UNDEFINED")]);
}

export function propertyNames(lw: Lowerer, type: ts.Type): string[] {
  const t = lw.checker.getApparentType(lw.checker.getNonNullableType(type));
  return lw.checker.getPropertiesOfType(t).map((p) => p.getName());
}

/** Property `name` of an object whose static type is `type`. */
export function propertyOfType(lw: Lowerer, type: ts.Type, name: string, object: Expr, node: ts.Node): Expr {
  const names = propertyNames(lw, type);
  const slot = names.indexOf(name);
  if (slot < 0) throw new LoweringError(node, `no property ${name}`);
  lw.helpers.add("objects");
  lw.includes.add("rg_throw.h");
  return lw.runtime("rg_alloc.h", "rgc_get", "val", [
    coerce(object, "val"),
    { k: "int", ty: "u32", value: lw.shape(names, "Object") },
    { k: "int", ty: "u32", value: slot },
    { k: "int", ty: "u32", value: lw.key(name) },
  ]);
}

/** A new object holding the properties of `type` other than `named`: an object rest element. */
export function restOfObject(
  lw: Lowerer,
  type: ts.Type,
  named: readonly string[],
  source: Expr,
  node: ts.Node,
  out: Stmt[],
): Expr {
  // Data properties only: a class instance's methods are not own properties, so the rest leaves them.
  const t = lw.checker.getApparentType(lw.checker.getNonNullableType(type));
  const keys = lw.checker
    .getPropertiesOfType(t)
    .filter((p) => (p.flags & ts.SymbolFlags.Method) === 0)
    .map((p) => p.getName())
    .filter((k) => !named.includes(k));
  const shape = lw.shape(keys, "Object");
  const target = newObject(lw, shape, keys.length, out);
  keys.forEach((k, i) => {
    out.push({
      k: "expr",
      e: {
        k: "setslot",
        ty: "val",
        obj: target,
        index: { k: "int", ty: "u32", value: i },
        e: propertyOfType(lw, type, k, source, node),
      },
    });
  });
  return target;
}

/** The names an object pattern (binding or assignment) takes out by name. */
export function namedKeys(pattern: ts.ObjectBindingPattern | ts.ObjectLiteralExpression): string[] {
  const names: string[] = [];
  if (ts.isObjectBindingPattern(pattern)) {
    for (const e of pattern.elements) {
      if (e.dotDotDotToken !== undefined) continue;
      const key = e.propertyName ?? e.name;
      if (ts.isIdentifier(key) || ts.isStringLiteral(key)) names.push(key.text);
    }
    return names;
  }
  for (const p of pattern.properties) {
    if (ts.isSpreadAssignment(p)) continue;
    if (p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
      names.push(p.name.text);
  }
  return names;
}

// --- destructuring assignment ------------------------------------------------------------------

/** `[a, b] = value`, `({ x, y } = value)`: assigns every target; the value of the expression is the
 * right side. */
export function destructuringAssignment(lw: Lowerer, node: ts.BinaryExpression, out: Stmt[]): Expr {
  const value = saved(lw, coerce(lw.expr(node.right, out), "val"), out);
  assignPattern(lw, skipParens(node.left), lw.checker.getTypeAtLocation(node.right), value, out);
  return value;
}

/** A saved copy of a value (a C local), so it can be read several times. */
function saved(lw: Lowerer, value: Expr, out: Stmt[]): Expr {
  return value.k === "var" ? value : savedValue(lw, coerce(value, "val"), out);
}

/** A new place holding an rg_val: a C local, or in an async function a frame slot (survives an await). */
function savedValue(lw: Lowerer, value: Expr, out: Stmt[]): Expr {
  const slot = asyncSpill(lw, value, out);
  if (slot !== undefined) return slot;
  const t = lw.scope.temp();
  out.push({ k: "decl", name: t, ty: "val", init: value });
  return { k: "var", ty: "val", name: t, global: false };
}

function elementType(lw: Lowerer, type: ts.Type, i: number): ts.Type {
  const t = lw.checker.getNonNullableType(type);
  if (lw.checker.isTupleType(t)) {
    const args = lw.checker.getTypeArguments(t as ts.TypeReference);
    const item = args[i];
    if (item !== undefined) return item;
  }
  return lw.checker.getIndexTypeOfType(t, ts.IndexKind.Number) ?? t;
}

function propertyType(lw: Lowerer, type: ts.Type, name: string): ts.Type {
  const t = lw.checker.getApparentType(lw.checker.getNonNullableType(type));
  const p = lw.checker.getPropertyOfType(t, name);
  return p === undefined ? t : lw.checker.getTypeOfSymbol(p);
}

function assignPattern(lw: Lowerer, target: ts.Expression, type: ts.Type, value: Expr, out: Stmt[]): void {
  if (ts.isArrayLiteralExpression(target)) {
    const source = saved(lw, arrayPatternSource(lw, type, value), out);
    target.elements.forEach((element, i) => {
      if (ts.isOmittedExpression(element)) return;
      if (ts.isSpreadElement(element)) {
        assignTarget(lw, element.expression, type, restOfArray(lw, source, i), out);
        return;
      }
      assignTarget(lw, element, elementType(lw, type, i), elementOf(lw, source, i), out);
    });
    return;
  }
  if (ts.isObjectLiteralExpression(target)) {
    const source = saved(lw, value, out);
    for (const p of target.properties) {
      if (ts.isSpreadAssignment(p)) {
        const rest = restOfObject(lw, type, namedKeys(target), source, p, out);
        assignTarget(lw, p.expression, type, rest, out);
        continue;
      }
      const name =
        p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
          ? p.name.text
          : undefined;
      if (name === undefined) throw new LoweringError(p, "a computed name in a destructuring assignment");
      const item = propertyOfType(lw, type, name, source, p);
      const itemType = propertyType(lw, type, name);
      if (ts.isShorthandPropertyAssignment(p)) {
        const v =
          p.objectAssignmentInitializer === undefined
            ? item
            : withDefault(lw, item, p.objectAssignmentInitializer, out);
        storeShorthand(lw, p, v, out);
      } else if (ts.isPropertyAssignment(p)) {
        assignTarget(lw, p.initializer, itemType, item, out);
      } else {
        throw new LoweringError(p, "a method in a destructuring assignment");
      }
    }
    return;
  }
  store(lw, target, value, out);
}

/** One target of a pattern: `t = default`, a nested pattern, or a place. */
function assignTarget(lw: Lowerer, node: ts.Expression, type: ts.Type, item: Expr, out: Stmt[]): void {
  const target = skipParens(node);
  if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    assignTarget(lw, target.left, type, withDefault(lw, item, target.right, out), out);
    return;
  }
  assignPattern(lw, target, type, item, out);
}

/** Stores into a variable, a property or an array element. */
function store(lw: Lowerer, node: ts.Expression, value: Expr, out: Stmt[]): void {
  const target = skipParens(node);
  if (ts.isElementAccessExpression(target)) {
    const [arr, index] = lw.operands([target.expression, target.argumentExpression], out);
    if (arr === undefined || index === undefined) throw new LoweringError(node, "missing operand");
    const v = lw.spill(coerce(value, "val"), out);
    out.push({
      k: "expr",
      e: lw.runtime("rg_coll.h", "rg_arr_set_index", "void", [
        coerce(arr, "val"),
        coerce(index, "f64"),
        coerce(v, "val"),
      ]),
    });
    return;
  }
  const v = lw.spill(value, out);
  const place = lw.place(target, out);
  out.push({ k: "expr", e: lw.store(place, coerce(v, place.ty)) });
}

/** `{ x } = o` stores into the variable x (the name is a property name too: resolve its value). */
function storeShorthand(lw: Lowerer, p: ts.ShorthandPropertyAssignment, value: Expr, out: Stmt[]): void {
  const r = resolveSymbol(lw.checker.getShorthandAssignmentValueSymbol(p), lw.checker);
  const v = r.k === "variable" ? lw.names.variable(r.decl) : undefined;
  if (v === undefined) throw new LoweringError(p, `\`${p.name.text}\` is not a known variable`);
  const place: Place =
    v.box === true
      ? { name: v.name, global: false, ty: v.ty, box: true }
      : { name: v.name, global: v.global, ty: v.ty };
  out.push({ k: "expr", e: lw.store(place, coerce(value, v.ty)) });
}
