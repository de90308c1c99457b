// objects.ts: object literals and property access on heap objects (interfaces, object types, literals).
//
// An object is `rg_val slots[]` with a shape: one per distinct key list (docs/LANGUAGE-RUNTIME.md). A
// literal's shape lists its keys in source order (JavaScript's key order, which inspect and JSON show);
// optional properties it leaves out are absent (assigning one later is not supported). A property access
// knows the static type's property list, which names a "canonical" shape: the access checks the
// object's type id against it and reads that slot in one load when it matches (the usual case: literals
// written in declaration order), and otherwise finds the slot by property id through the object's shape
// (rgc_ref, generated helper). `?.` and `??` test for null and undefined.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";
import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { hasRichMembers, richObjectLiteral } from "./object-members.ts";
import { coerce, LoweringError } from "./support.ts";
import { optionalRoom } from "./optional-properties.ts";

function propertyNames(lw: Lowerer, type: ts.Type): string[] {
  return lw.checker.getPropertiesOfType(lw.checker.getApparentType(type)).map((p) => p.getName());
}

/** The property names of a literal's shape: its keys in source order. Optional properties it leaves out
 * are absent, as in JavaScript (inspect and JSON do not show them; reading one gives undefined). */
function literalKeys(lw: Lowerer, node: ts.ObjectLiteralExpression): string[] {
  const keys: string[] = [];
  for (const p of node.properties) {
    const name =
      p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
        ? p.name.text
        : undefined;
    if (name === undefined) throw new LoweringError(p, "an object literal member without a plain name");
    if (!keys.includes(name)) keys.push(name);
  }
  return keys;
}

/** `{ a: 1, b }`: the values left to right, then a new object of the literal's shape holding them. */
/** A new object of `shape` with `slots` value slots (all undefined), saved in a temporary: the variable. */
export function newObject(lw: Lowerer, shape: number, slots: number, out: Stmt[]): Expr {
  const object = lw.scope.temp();
  lw.helpers.add("objects");
  out.push({
    k: "decl",
    name: object,
    ty: "val",
    init: lw.runtime("rg_alloc.h", "rg_alloc_slots", "val", [
      { k: "int", ty: "u32", value: shape },
      { k: "int", ty: "u32", value: slots },
    ]),
  });
  return { k: "var", ty: "val", name: object, global: false };
}

export function objectLiteral(lw: Lowerer, node: ts.ObjectLiteralExpression, out: Stmt[]): Expr {
  if (hasRichMembers(node)) return richObjectLiteral(lw, node, out);
  const keys = literalKeys(lw, node);
  const shape = lw.shape(keys, "Object");
  const members = node.properties.map((p) => {
    if (ts.isPropertyAssignment(p)) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p)) return p.name;
    if (ts.isMethodDeclaration(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p))
      throw new LoweringError(p, "methods in object literals reached lowering");
    throw new LoweringError(p, "spread in object literals reached lowering");
  });
  const values = lw.operands(members, out).map((v) => lw.spill(coerce(v, "val"), out));
  // Spare slots for optional properties the literal leaves out (optional-properties.ts).
  const target = newObject(lw, shape, keys.length + optionalRoom(lw, node, keys), out);
  node.properties.forEach((p, i) => {
    const name = (p.name as ts.Identifier).text;
    const v = values[i];
    if (v === undefined) return;
    out.push({
      k: "expr",
      e: {
        k: "setslot",
        ty: "val",
        obj: target,
        index: { k: "int", ty: "u32", value: keys.indexOf(name) },
        e: v,
      },
    });
  });
  return target;
}

/** The canonical shape, slot and property id of `name` on values of the static type of `receiver`. */
export function slotOf(
  lw: Lowerer,
  receiver: ts.Node,
  name: string,
): { type: number; slot: number; key: number } {
  const type = lw.checker.getNonNullableType(lw.checker.getTypeAtLocation(receiver));
  const names = propertyNames(lw, type);
  const slot = names.indexOf(name);
  if (slot < 0) throw new LoweringError(receiver, `no property ${name}`);
  return { type: lw.shape(names, "Object"), slot, key: lw.key(name) };
}

function slotArgs(info: { type: number; slot: number; key: number }): Expr[] {
  return [
    { k: "int", ty: "u32", value: info.type },
    { k: "int", ty: "u32", value: info.slot },
    { k: "int", ty: "u32", value: info.key },
  ];
}

/** Property `name` of an object whose static type is that of `typeNode` (destructuring). */
export function propertyOf(lw: Lowerer, typeNode: ts.Node, name: string, object: Expr): Expr {
  const info = slotOf(lw, typeNode, name);
  lw.helpers.add("objects");
  lw.includes.add("rg_throw.h");
  return lw.runtime("rg_alloc.h", "rgc_get", "val", [coerce(object, "val"), ...slotArgs(info)]);
}

/** `o.name` on an object. */
export function propertyGet(lw: Lowerer, node: ts.PropertyAccessExpression, object: Expr): Expr {
  const info = slotOf(lw, node.expression, node.name.text);
  lw.helpers.add("objects");
  lw.includes.add("rg_throw.h");
  const get = lw.runtime("rg_alloc.h", "rgc_get", "val", [coerce(object, "val"), ...slotArgs(info)]);
  return coerce(get, lw.typeOf(node));
}

/** `o.name = value` on an object; the expression's value is the stored value. */
export function propertySet(
  lw: Lowerer,
  receiver: ts.Expression,
  name: string,
  object: Expr,
  value: Expr,
  ty: ValueType,
): Expr {
  const info = slotOf(lw, receiver, name);
  lw.helpers.add("objects");
  lw.includes.add("rg_throw.h");
  const set = lw.runtime("rg_alloc.h", "rgc_set", "val", [
    coerce(object, "val"),
    ...slotArgs(info),
    coerce(value, "val"),
  ]);
  return coerce(set, ty);
}

/** `a ?? b`: a unless it is null or undefined; b is evaluated only then. */
export function nullishCoalescing(lw: Lowerer, node: ts.BinaryExpression, out: Stmt[]): Expr {
  const ty = lw.typeOf(node);
  // The checker knows the left side: a number or boolean is never nullish; `undefined` always is.
  const leftType = lw.typeOf(node.left);
  if (leftType === "void") {
    lw.expr(node.left, out);
    return coerce(lw.expr(node.right, out), ty);
  }
  if (leftType !== "val" && leftType !== "str") return coerce(lw.expr(node.left, out), ty);
  const left = lw.spill(coerce(lw.expr(node.left, out), "val"), out);
  const t = lw.scope.temp();
  out.push({ k: "decl", name: t, ty: "val", init: left });
  const pre: Stmt[] = [];
  const right = coerce(lw.expr(node.right, pre), "val");
  out.push({
    k: "if",
    c: {
      k: "rt",
      ty: "bool",
      fn: "rg_is_nullish",
      args: [{ k: "var", ty: "val", name: t, global: false }],
      effects: false,
    },
    then: [...pre, { k: "expr", e: { k: "assign", ty: "val", name: t, global: false, e: right } }],
    otherwise: [],
  });
  return coerce({ k: "var", ty: "val", name: t, global: false }, ty);
}
