// typeof-value.ts: `typeof x` used as a value (a string), not only compared with a type name.
//
// The answer is JavaScript's for every value kind regen has: "number", "string", "boolean", "undefined",
// "function" (closures and functions used as values) and "object" (null, arrays, objects, class
// instances, Map, Set, typed arrays, promises, errors). When the static type decides it (a number, a
// boolean, a string) the string is a constant and the operand is only evaluated for its side effects;
// otherwise the value's tag and type id pick one of the six literals. (`typeof x === "number"` stays a
// direct test: lower/strings.ts typeofCheck.)
import { ts } from "ts-morph";

import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { coerce, hasEffects, skipParens } from "./support.ts";

export function typeofValue(lw: Lowerer, node: ts.TypeOfExpression, out: Stmt[]): Expr {
  // A string literal operand is not lowered: its static string would be unused.
  if (skipParens(node.expression).kind === ts.SyntaxKind.StringLiteral) return lw.stringLiteral("string");
  const e = lw.expr(node.expression, out);
  const known = (name: string): Expr => {
    // The operand is still evaluated (cast to void) unless it is a plain variable or constant: any static
    // string inside it (a string enum member, `"abc".length`) must be used, or its C constant is unused.
    if (hasEffects(e) || (e.k !== "var" && e.k !== "number" && e.k !== "bool")) out.push({ k: "expr", e });
    return lw.stringLiteral(name);
  };
  if (e.ty === "f64" || e.ty === "i32" || e.ty === "u32" || e.ty === "u8" || e.ty === "i64")
    return known("number");
  if (e.ty === "bool") return known("boolean");
  if (e.ty === "str") return known("string");
  const x = lw.spill(coerce(e, "val"), out);
  const call = (fn: string): Expr => ({ k: "rt", ty: "bool", fn, args: [x], effects: false });
  const ofType = (type: string): Expr => ({
    k: "binary",
    ty: "bool",
    op: "&&",
    l: call("rg_is_ptr"),
    r: {
      k: "binary",
      ty: "bool",
      op: "==",
      l: { k: "rt", ty: "u32", fn: "rg_type_of", args: [x], effects: false },
      r: { k: "raw", ty: "u32", text: type, effects: false },
    },
  });
  const choices: [string, Expr][] = [
    ["number", call("rg_is_num")],
    ["boolean", call("rg_is_bool")],
    ["undefined", call("rg_is_undefined")],
    ["string", ofType("RG_TYPE_STRING")],
    ["function", ofType("RG_TYPE_CLOSURE")],
  ];
  let result: Expr = lw.stringLiteral("object");
  for (let i = choices.length - 1; i >= 0; i--) {
    const [name, c] = choices[i] as [string, Expr];
    result = { k: "cond", ty: "str", c, a: lw.stringLiteral(name), b: result };
  }
  return result;
}
