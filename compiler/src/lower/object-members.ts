// object-members.ts: object literals with spread members (`{ ...base, x: 1 }`) or methods (`{ m() {} }`).
//
// The literal's keys are in order of first appearance (a spread contributes the properties its source's
// static type declares, in that type's order), so the shape is known at compile time; a key written
// twice keeps its first position and takes its last value, as in JavaScript. Values are evaluated left
// to right (a spread's source once), the object is allocated, then the slots are filled in source
// order. A method is a closure whose `this` is the new object (rg_closure_t.this_val), so `o.m()` and a
// call through an interface see the object; a method taken out of its object and called on another
// keeps its first object, which is where this differs from JavaScript.
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import { functionValue } from "./closures.ts";
import type { Lowerer } from "./lower.ts";
import { newObject } from "./objects.ts";
import { optionalRoom } from "./optional-properties.ts";
import { propertyNames, propertyOfType } from "./patterns.ts";
import { coerce, LoweringError } from "./support.ts";

/** True when objectLiteral needs this file: the literal spreads or has methods. */
export function hasRichMembers(node: ts.ObjectLiteralExpression): boolean {
  return node.properties.some((p) => ts.isSpreadAssignment(p) || ts.isMethodDeclaration(p));
}

function memberName(p: ts.ObjectLiteralElementLike): string {
  const name =
    p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
  if (name === undefined) throw new LoweringError(p, "an object literal member without a plain name");
  return name;
}

function sourceType(lw: Lowerer, type: ts.Type): ts.Type {
  return lw.checker.getApparentType(lw.checker.getNonNullableType(type));
}

/** The properties a spread copies: the source type's data properties (a class's methods stay behind). */
function sourceKeys(lw: Lowerer, type: ts.Type): string[] {
  const t = sourceType(lw, type);
  return lw.checker
    .getPropertiesOfType(t)
    .filter((p) => (p.flags & ts.SymbolFlags.Method) === 0)
    .map((p) => p.getName());
}

/** The keys a spread of `e` copies, in the order the object has them at run time when the compiler can
 * see it (a literal, or a `const` initialized with one), else in the order of e's static type. */
function spreadKeys(lw: Lowerer, e: ts.Expression, type: ts.Type, depth = 0): string[] {
  const known = depth < 8 ? literalOrder(lw, e, depth) : undefined;
  const declared = sourceKeys(lw, type);
  return known === undefined ? declared : known.filter((k) => declared.includes(k));
}

function literalOrder(lw: Lowerer, node: ts.Expression, depth: number): string[] | undefined {
  const e = ts.isParenthesizedExpression(node) ? node.expression : node;
  if (ts.isIdentifier(e)) {
    const decl = lw.checker.getSymbolAtLocation(e)?.valueDeclaration;
    if (
      decl !== undefined &&
      ts.isVariableDeclaration(decl) &&
      decl.initializer !== undefined &&
      ts.isVariableDeclarationList(decl.parent) &&
      (decl.parent.flags & ts.NodeFlags.Const) !== 0
    )
      return literalOrder(lw, decl.initializer, depth + 1);
    return undefined;
  }
  if (!ts.isObjectLiteralExpression(e)) return undefined;
  const keys: string[] = [];
  for (const p of e.properties) {
    const more = ts.isSpreadAssignment(p)
      ? spreadKeys(lw, p.expression, lw.checker.getTypeAtLocation(p.expression), depth + 1)
      : [memberName(p)];
    for (const k of more) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

export function richObjectLiteral(lw: Lowerer, node: ts.ObjectLiteralExpression, out: Stmt[]): Expr {
  const keys: string[] = [];
  const add = (k: string): void => {
    if (!keys.includes(k)) keys.push(k);
  };
  // Each member's value (a spread: its source), saved in source order.
  const values: (Expr | undefined)[] = [];
  const types: (ts.Type | undefined)[] = [];
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      const type = lw.checker.getTypeAtLocation(p.expression);
      for (const k of spreadKeys(lw, p.expression, type)) add(k);
      values.push(lw.spill(coerce(lw.expr(p.expression, out), "val"), out));
      types.push(type);
      continue;
    }
    add(memberName(p));
    types.push(undefined);
    if (ts.isPropertyAssignment(p)) values.push(lw.spill(coerce(lw.expr(p.initializer, out), "val"), out));
    else if (ts.isShorthandPropertyAssignment(p))
      values.push(lw.spill(coerce(lw.expr(p.name, out), "val"), out));
    else if (ts.isMethodDeclaration(p)) values.push(undefined);
    else throw new LoweringError(p, "accessors in object literals reached lowering");
  }
  const shape = lw.shape(keys, "Object");
  // Spare slots for optional properties the literal leaves out (optional-properties.ts).
  const target = newObject(lw, shape, keys.length + optionalRoom(lw, node, keys), out);
  const set = (key: string, e: Expr, into: Stmt[] = out): void => {
    into.push({
      k: "expr",
      e: {
        k: "setslot",
        ty: "val",
        obj: target,
        index: { k: "int", ty: "u32", value: keys.indexOf(key) },
        e,
      },
    });
  };
  node.properties.forEach((p, i) => {
    const v = values[i];
    const type = types[i];
    if (ts.isSpreadAssignment(p)) {
      if (v === undefined || type === undefined) return;
      for (const k of spreadKeys(lw, p.expression, type)) {
        // An optional property the source does not have is not copied (it must not hide an earlier value).
        const optional =
          (lw.checker.getPropertyOfType(sourceType(lw, type), k)?.flags ?? 0) & ts.SymbolFlags.Optional;
        if (optional === 0) {
          set(k, propertyOfType(lw, type, k, v, p));
          continue;
        }
        const copy: Stmt[] = [];
        set(k, propertyOfType(lw, type, k, v, p), copy);
        const names = propertyNames(lw, type);
        out.push({
          k: "if",
          c: lw.runtime("rg_alloc.h", "rgc_has", "bool", [
            coerce(v, "val"),
            { k: "int", ty: "u32", value: lw.shape(names, "Object") },
            { k: "int", ty: "u32", value: names.indexOf(k) },
            { k: "int", ty: "u32", value: lw.key(k) },
          ]),
          then: copy,
          otherwise: [],
        });
      }
    } else if (ts.isMethodDeclaration(p)) {
      set(memberName(p), coerce(functionValue(lw, p, target), "val"));
    } else if (v !== undefined) {
      set(memberName(p), v);
    }
  });
  return target;
}
