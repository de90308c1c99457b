// numeric.ts: JavaScript number operators as IR over doubles and integers.
//
// A numeric IR value is always a JavaScript number; its type says how it is held. These helpers pick the C
// form that gives exactly the JavaScript result: arithmetic in double (integers widen exactly), bitwise
// operators on ToInt32/ToUint32 of their operands, comparisons in integers only when both sides are held in
// the same signedness (otherwise in double, which is exact for every integer type).
import { isInteger, type ValueType } from "../check/value-types.ts";
import type { Expr } from "../ir.ts";

export function toF64(e: Expr): Expr {
  if (e.ty === "f64") return e;
  if (e.k === "int") return { k: "number", ty: "f64", value: e.value };
  return { k: "convert", ty: "f64", e };
}

function fold(e: Expr, ty: "i32" | "u32" | "u8"): Expr | undefined {
  if (e.k !== "number" && e.k !== "int") return undefined;
  const v = e.value;
  const value = ty === "i32" ? v | 0 : ty === "u32" ? v >>> 0 : v & 255;
  return { k: "int", ty, value };
}

/** i32(x), u32(x), u8(x) with JavaScript's meaning. */
export function toInt(e: Expr, ty: "i32" | "u32" | "u8"): Expr {
  if (e.ty === ty) return e;
  return fold(e, ty) ?? { k: "convert", ty, e };
}

/** A value of type `from` stored where `to` is expected (only widening to double changes anything). */
export function toType(e: Expr, to: ValueType): Expr {
  if (to === "f64" && isInteger(e.ty)) return toF64(e);
  return e;
}

function rt(fn: string, ty: ValueType, args: Expr[]): Expr {
  return { k: "rt", ty, fn, args, effects: false };
}

export type NumericOperator =
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | "**"
  | "&"
  | "|"
  | "^"
  | "<<"
  | ">>"
  | ">>>"
  | "<"
  | ">"
  | "<="
  | ">="
  | "==="
  | "!==";

export function numericBinary(op: NumericOperator, l: Expr, r: Expr): Expr {
  switch (op) {
    case "+":
    case "-":
    case "*":
    case "/":
      return { k: "binary", ty: "f64", op, l: toF64(l), r: toF64(r) };
    case "%":
      return rt("rg_rt_fmod", "f64", [toF64(l), toF64(r)]);
    case "**":
      return rt("rg_rt_pow", "f64", [toF64(l), toF64(r)]);
    case "&":
    case "|":
    case "^":
      return { k: "binary", ty: "i32", op, l: toInt(l, "i32"), r: toInt(r, "i32") };
    case "<<":
      return rt("rg_rt_shl", "i32", [toInt(l, "i32"), toInt(r, "u32")]);
    case ">>":
      return rt("rg_rt_sar", "i32", [toInt(l, "i32"), toInt(r, "u32")]);
    case ">>>":
      return rt("rg_rt_shr", "u32", [toInt(l, "u32"), toInt(r, "u32")]);
    case "<":
    case ">":
    case "<=":
    case ">=":
    case "===":
    case "!==": {
      const cop = op === "===" ? "==" : op === "!==" ? "!=" : op;
      const signed = (t: ValueType) => t === "i32";
      const unsigned = (t: ValueType) => t === "u32" || t === "u8";
      const sameInts = (signed(l.ty) && signed(r.ty)) || (unsigned(l.ty) && unsigned(r.ty));
      if (sameInts) return { k: "binary", ty: "bool", op: cop, l, r };
      return { k: "binary", ty: "bool", op: cop, l: toF64(l), r: toF64(r) };
    }
  }
}
