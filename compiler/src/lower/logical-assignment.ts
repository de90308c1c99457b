// logical-assignment.ts: `a ??= b`, `a ||= b`, `a &&= b` on variables, properties and array elements.
//
// As in JavaScript, the place (a variable, `o.p` with o evaluated once, `xs[i]` with xs and i evaluated
// once) is read once; b is evaluated and stored only when the test asks for it (`??=`: the value is null
// or undefined; `||=`: it is falsy; `&&=`: it is truthy), and the expression's value is the value the
// place holds afterwards. A getter and setter pair is read and written through them.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";
import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { toF64 } from "./numeric.ts";
import { coerce, skipParens } from "./support.ts";
import { truthy } from "./truthiness.ts";
import { isTypedArray } from "./typed-elements.ts";

const operators = new Map([
  [ts.SyntaxKind.QuestionQuestionEqualsToken, "??"],
  [ts.SyntaxKind.BarBarEqualsToken, "||"],
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken, "&&"],
] as const);

export function isLogicalAssignment(kind: ts.SyntaxKind): boolean {
  return operators.has(kind as never);
}

interface Target {
  /** the current value (evaluated once) */
  readonly read: Expr;
  /** stores a value; the expression's value is the value stored */
  readonly write: (value: Expr, out: Stmt[]) => Expr;
}

function element(lw: Lowerer, target: ts.ElementAccessExpression, out: Stmt[]): Target {
  const [arr, index] = lw.operands([target.expression, target.argumentExpression], out);
  const a = lw.spill(coerce(arr ?? { k: "special", ty: "val", value: "RG_UNDEFINED" }, "val"), out);
  const i = lw.spill(toF64(coerce(index ?? { k: "number", ty: "f64", value: NaN }, "f64")), out);
  lw.includes.add("rg_coll.h");
  if (isTypedArray(lw, target.expression)) {
    return {
      read: { k: "rt", ty: "val", fn: "rg_typed_get_index", args: [a, i], effects: false },
      write: (value, out2) => {
        const v = lw.spill(toF64(coerce(value, "f64")), out2);
        out2.push({
          k: "expr",
          e: { k: "rt", ty: "void", fn: "rg_typed_set_index", args: [a, i, v], effects: true },
        });
        return v;
      },
    };
  }
  return {
    read: { k: "rt", ty: "val", fn: "rg_arr_get_index", args: [a, i], effects: false },
    write: (value, out2) => {
      const v = lw.spill(coerce(value, "val"), out2);
      out2.push({ k: "expr", e: lw.runtime("rg_coll.h", "rg_arr_set_index", "void", [a, i, v]) });
      return v;
    },
  };
}

function place(lw: Lowerer, target: ts.Expression, out: Stmt[]): Target {
  const v = lw.place(target, out);
  // A property is read as a value: the place's type is the type a write needs (`port?: number` takes a
  // number), but the read may be undefined.
  return {
    read: v.prop !== undefined ? lw.load({ ...v, ty: "val" }) : lw.expr(target, out),
    write: (value) => lw.store(v, value),
  };
}

export function logicalAssignment(lw: Lowerer, node: ts.BinaryExpression, out: Stmt[]): Expr {
  const op = operators.get(node.operatorToken.kind as never) ?? "??";
  const left = skipParens(node.left);
  let ty: ValueType = lw.typeOf(node);
  if (ty === "void") ty = "val";
  const target = ts.isElementAccessExpression(left) ? element(lw, left, out) : place(lw, left, out);
  const current = lw.spill(target.read, out);
  let test: Expr;
  if (op === "??") {
    // A number or boolean is never nullish: the right side is never evaluated.
    if (current.ty !== "val" && current.ty !== "str") return coerce(current, ty);
    test = { k: "rt", ty: "bool", fn: "rg_is_nullish", args: [coerce(current, "val")], effects: false };
  } else {
    const t = truthy(lw, current, out);
    test = op === "&&" ? t : { k: "unary", ty: "bool", op: "!", e: t };
  }
  const result = lw.scope.temp();
  out.push({ k: "decl", name: result, ty, init: undefined });
  const assign = (e: Expr): Stmt => ({
    k: "expr",
    e: { k: "assign", ty, name: result, global: false, e: coerce(e, ty) },
  });
  const then: Stmt[] = [];
  const value = lw.expr(node.right, then);
  then.push(assign(target.write(value, then)));
  out.push({ k: "if", c: test, then, otherwise: [assign(current)] });
  return { k: "var", ty, name: result, global: false };
}
