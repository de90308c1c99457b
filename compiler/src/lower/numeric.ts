// numeric.ts: JavaScript number operators as IR over doubles and integers.
//
// A numeric IR value is always a JavaScript number; its type says how it is held. These helpers pick the C
// form that gives exactly the JavaScript result: arithmetic in double (integers widen exactly), bitwise
// operators on ToInt32/ToUint32 of their operands, `%` through rg_rt_mod (an integer fast path), and
// comparisons in integers when both sides are held in the same signedness or one is an int32 or a loop
// counter and the other a double known to be an int32 (otherwise in double, exact for every integer).
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

/** The int64_t loop counter a numeric expression reads (lower/integers.ts: a convert around its var). */
export function counterRead(e: Expr): Expr | undefined {
  return e.k === "convert" && e.ty === "f64" && e.e.ty === "i64" && e.e.k === "var" ? e.e : undefined;
}

/** `e` as an exact i32 when it is a double known to hold one: an integer literal in int32 (-0 compares
 * equal to 0 as an int too), or an array's length (at most RG_ARR_MAX_LENGTH = 2^28 - 1). */
function asInt32(e: Expr): Expr | undefined {
  if (e.k === "number" && Number.isInteger(e.value) && e.value >= -(2 ** 31) && e.value < 2 ** 31)
    return { k: "int", ty: "i32", value: e.value | 0 };
  if (e.k === "rt" && e.fn === "rg_arr_length" && e.args.length === 1)
    return { k: "convert", ty: "i32", e: { ...e, ty: "u32", fn: "rg_arr_count" } };
  return undefined;
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

/** `0 - n` for an integer n (an int type or a loop counter), in int64_t: gcc's front end folds the C
 * `0.0 - (double)n` into `-(double)n` (even at -O0), which is -0 for n = 0 where JavaScript gives +0. */
function zeroMinusInteger(l: Expr, r: Expr): Expr | undefined {
  // gcc folds a constant left side first (`(1 - 1) - i`): evaluate constant double arithmetic too.
  const constant = (e: Expr): number | undefined => {
    if (e.k === "number" || e.k === "int") return e.value;
    if (e.k !== "binary" || e.ty !== "f64") return undefined;
    const a = constant(e.l);
    const b = constant(e.r);
    if (a === undefined || b === undefined) return undefined;
    const ops: Record<string, number> = { "+": a + b, "-": a - b, "*": a * b, "/": a / b };
    return ops[e.op];
  };
  const zero = Object.is(constant(l), 0);
  const n = counterRead(r) ?? (r.ty === "i32" || r.ty === "u32" || r.ty === "u8" ? r : undefined);
  if (!zero || n === undefined) return undefined;
  const wide: Expr = n.ty === "i64" ? n : { k: "convert", ty: "i64", e: n };
  const difference: Expr = { k: "binary", ty: "i64", op: "-", l: { k: "int", ty: "i32", value: 0 }, r: wide };
  return { k: "convert", ty: "f64", e: difference };
}

export function numericBinary(op: NumericOperator, l: Expr, r: Expr): Expr {
  switch (op) {
    case "+":
    case "-":
    case "*":
    case "/":
      if (op === "-") {
        const exact = zeroMinusInteger(l, r);
        if (exact !== undefined) return exact;
      }
      return { k: "binary", ty: "f64", op, l: toF64(l), r: toF64(r) };
    case "%":
      return rt("rg_rt_mod", "f64", [toF64(l), toF64(r)]);
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
      // An int32 or a loop counter (lower/integers.ts) against a double that is exactly an int32 (a
      // literal, an array's length), or two counters: compare the integers.
      const lInt = l.ty === "i32" ? l : counterRead(l);
      const rInt = r.ty === "i32" ? r : counterRead(r);
      const ri = lInt === undefined ? undefined : (rInt ?? asInt32(r));
      if (lInt !== undefined && ri !== undefined) return { k: "binary", ty: "bool", op: cop, l: lInt, r: ri };
      const li = rInt === undefined ? undefined : asInt32(l);
      if (rInt !== undefined && li !== undefined) return { k: "binary", ty: "bool", op: cop, l: li, r: rInt };
      // Against a constant, rg_rt_num_* (rg_rt.h): the C operator with an FPU, a few integer operations
      // on the bits without one (Cortex-M3), where the C operator is a libgcc call.
      const constant = (e: Expr) => e.k === "number" && !Number.isNaN(e.value);
      if (constant(l) || constant(r)) {
        const name = { "<": "lt", ">": "gt", "<=": "le", ">=": "ge", "==": "eq", "!=": "eq" }[cop];
        const test = rt(`rg_rt_num_${name}`, "bool", [toF64(l), toF64(r)]);
        return cop === "!=" ? { k: "unary", ty: "bool", op: "!", e: test } : test;
      }
      return { k: "binary", ty: "bool", op: cop, l: toF64(l), r: toF64(r) };
    }
  }
}
