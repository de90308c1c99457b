// support.ts: small shared pieces of the lowering: its error, operator tables and IR predicates.
//
// The lowering is split by feature (lower.ts: module, functions and expressions; statements.ts; calls.ts;
// text.ts: console.log and template pieces; strings.ts; library.ts: calls into the runtime by the naming
// convention; closures.ts: function values). They share the helpers here.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";
import type { Expr } from "../ir.ts";
import { toType, type NumericOperator } from "./numeric.ts";

export class LoweringError extends Error {
  constructor(
    readonly node: ts.Node,
    message: string,
  ) {
    super(message);
  }
}

export interface LoopContext {
  /** label that `continue` jumps to, when the loop needs one */
  readonly label: string | undefined;
  used: boolean;
}

export const faultClasses: Readonly<Record<string, string>> = {
  memManage: "RG_FAULT_MEM_MANAGE",
  busFault: "RG_FAULT_BUS_FAULT",
  undefinedInstruction: "RG_FAULT_UNDEFINED_INSTRUCTION",
  divideByZero: "RG_FAULT_DIVIDE_BY_ZERO",
  stackOverflow: "RG_FAULT_STACK_OVERFLOW",
  hardFault: "RG_FAULT_HARD_FAULT",
};

export const binaryOperators: ReadonlyMap<ts.SyntaxKind, NumericOperator> = new Map([
  [ts.SyntaxKind.PlusToken, "+"],
  [ts.SyntaxKind.MinusToken, "-"],
  [ts.SyntaxKind.AsteriskToken, "*"],
  [ts.SyntaxKind.SlashToken, "/"],
  [ts.SyntaxKind.PercentToken, "%"],
  [ts.SyntaxKind.AsteriskAsteriskToken, "**"],
  [ts.SyntaxKind.AmpersandToken, "&"],
  [ts.SyntaxKind.BarToken, "|"],
  [ts.SyntaxKind.CaretToken, "^"],
  [ts.SyntaxKind.LessThanLessThanToken, "<<"],
  [ts.SyntaxKind.GreaterThanGreaterThanToken, ">>"],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken, ">>>"],
  [ts.SyntaxKind.LessThanToken, "<"],
  [ts.SyntaxKind.GreaterThanToken, ">"],
  [ts.SyntaxKind.LessThanEqualsToken, "<="],
  [ts.SyntaxKind.GreaterThanEqualsToken, ">="],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, "==="],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, "!=="],
]);

export const compoundOperators: ReadonlyMap<ts.SyntaxKind, NumericOperator> = new Map([
  [ts.SyntaxKind.PlusEqualsToken, "+"],
  [ts.SyntaxKind.MinusEqualsToken, "-"],
  [ts.SyntaxKind.AsteriskEqualsToken, "*"],
  [ts.SyntaxKind.SlashEqualsToken, "/"],
  [ts.SyntaxKind.PercentEqualsToken, "%"],
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken, "**"],
  [ts.SyntaxKind.AmpersandEqualsToken, "&"],
  [ts.SyntaxKind.BarEqualsToken, "|"],
  [ts.SyntaxKind.CaretEqualsToken, "^"],
  [ts.SyntaxKind.LessThanLessThanEqualsToken, "<<"],
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, ">>"],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ">>>"],
]);

export function hasEffects(e: Expr): boolean {
  switch (e.k) {
    case "number":
    case "int":
    case "bool":
    case "enum":
    case "var":
    case "funcref":
    case "str":
    case "special":
      return false;
    case "cxcall":
    case "setslot":
      return true;
    case "raw":
      return e.effects;
    case "argv":
      return e.items.some(hasEffects);
    case "slot":
      return hasEffects(e.e) || hasEffects(e.index);
    case "call":
    case "assign":
    case "update":
      return true;
    case "rt":
      return e.effects || e.args.some(hasEffects);
    case "convert":
    case "unary":
      return hasEffects(e.e);
    case "binary":
      return hasEffects(e.l) || hasEffects(e.r);
    case "cond":
      return hasEffects(e.c) || hasEffects(e.a) || hasEffects(e.b);
  }
}

export function isConstant(e: Expr): boolean {
  return (
    e.k === "number" ||
    e.k === "int" ||
    e.k === "bool" ||
    e.k === "enum" ||
    e.k === "str" ||
    e.k === "special" ||
    (e.k === "raw" && !e.effects)
  );
}

/** A value stored where `to` is expected: integers widen to double, numbers and booleans are boxed into
 * an rg_val or unboxed from one. */
export function coerce(e: Expr, to: ValueType): Expr {
  if (e.ty === to) return e;
  // Objects are rg_vals like strings and unions.
  const boxedTo = to === "str" || to === "val";
  const boxedFrom = e.ty === "str" || e.ty === "val";
  // Boxing and unboxing: a number, boolean or integer stored where an rg_val is expected (a union, a
  // generic, a container slot), or an rg_val narrowed by the checker to a number or boolean.
  if (boxedTo && boxedFrom) return { ...e, ty: to } as Expr;
  if (boxedTo && e.ty !== "void") {
    if (e.k === "bool") return { k: "raw", ty: to, text: e.value ? "RG_TRUE" : "RG_FALSE", effects: false };
    return { k: "convert", ty: to, e };
  }
  // Start reasons, fault classes and save results are strings in an rg_val (emit-enum-names.ts).
  const unboxable = ["f64", "bool", "i32", "u32", "u8", "reason", "fault", "save", "timer"];
  if (boxedFrom && unboxable.includes(to)) {
    return { k: "convert", ty: to, e };
  }
  return toType(e, to);
}

export interface Place {
  /** a property of an object: name is the property name, obj the object (already evaluated) */
  readonly prop?: {
    readonly receiver: ts.Expression;
    readonly obj: Expr;
    readonly slot?: number;
    /** the property is a getter/setter pair of this class (classes.ts accessorGet / accessorSet) */
    readonly accessor?: ts.ClassDeclaration;
  };
  /** the variable lives in a box (captured): name is the C local holding the box */
  readonly box?: boolean;
  readonly name: string;
  readonly global: boolean;
  readonly ty: ValueType;
}

/** The expression inside parentheses and non-null assertions (`x!` is a no-op at run time). */
export function skipParens(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) ? skipParens(e.expression) : e;
}
