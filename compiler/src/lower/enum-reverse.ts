// enum-reverse.ts: `E[i]` on an enum: the reverse mapping of numeric enums, and `E["Name"]`.
//
// TypeScript compiles `enum E { A, B }` to an object holding both `E.A === 0` and `E[0] === "A"`. regen
// keeps no enum object: `E[i]` compares the number with each numeric member's value and gives that
// member's name, or undefined when none has it (the last member wins when two share a value, as the
// object's assignments do). String members have no reverse entry, as in TypeScript. `E["A"]` with a
// literal name is the member's constant.
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { toF64 } from "./numeric.ts";
import { coerce, skipParens } from "./support.ts";

/** The enum declaration an expression names (`E` in `E[i]`), if it names one. */
export function enumDeclarationOf(checker: ts.TypeChecker, e: ts.Expression): ts.EnumDeclaration | undefined {
  const target = skipParens(e);
  if (!ts.isIdentifier(target)) return undefined;
  const decl = checker.getSymbolAtLocation(target)?.declarations?.[0];
  return decl !== undefined && ts.isEnumDeclaration(decl) ? decl : undefined;
}

/** `E[i]` / `E["A"]`, or undefined when the object is not an enum. */
export function enumReverseMapping(
  lw: Lowerer,
  node: ts.ElementAccessExpression,
  out: Stmt[],
): Expr | undefined {
  const decl = enumDeclarationOf(lw.checker, node.expression);
  if (decl === undefined) return undefined;
  const ty = lw.typeOf(node);
  const argument = skipParens(node.argumentExpression);
  if (ts.isStringLiteralLike(argument)) {
    const member = decl.members.find((m) => memberName(m) === argument.text);
    const value = member === undefined ? undefined : lw.checker.getConstantValue(member);
    if (typeof value === "number") return coerce({ k: "number", ty: "f64", value }, ty);
    if (typeof value === "string") return coerce(lw.stringLiteral(value), ty);
    return coerce({ k: "special", ty: "val", value: "RG_UNDEFINED" }, ty);
  }
  const names = new Map<number, string>();
  for (const m of decl.members) {
    const value = lw.checker.getConstantValue(m);
    if (typeof value === "number") names.set(value, memberName(m));
  }
  const index = lw.spill(toF64(coerce(lw.expr(node.argumentExpression, out), "f64")), out);
  let result: Expr = { k: "special", ty: "val", value: "RG_UNDEFINED" };
  for (const [value, name] of [...names].reverse()) {
    result = {
      k: "cond",
      ty: "val",
      c: { k: "binary", ty: "bool", op: "==", l: index, r: { k: "number", ty: "f64", value } },
      a: coerce(lw.stringLiteral(name), "val"),
      b: result,
    };
  }
  return coerce(result, ty);
}

function memberName(m: ts.EnumMember): string {
  return ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
}
