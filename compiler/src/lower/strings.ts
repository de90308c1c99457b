// strings.ts: lowering of strings as values: literals, concatenation, template literals, comparisons.
//
// A string literal is a static string object in flash (the emitter writes the table); concatenation and
// template literals call rg_str_concat and rg_to_string (rg_str.h), which allocate in the app's heap.
// `===` on values goes through rg_strict_equals (rg_coll.h) except comparisons with null and undefined,
// which are one word compare.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";
import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { coerce, LoweringError } from "./support.ts";

/** ECMAScript ToString of a lowered value, as a string rg_val. */
export function toStringValue(lw: Lowerer, e: Expr): Expr {
  if (e.ty === "str") return e;
  return lw.runtime("rg_str.h", "rg_to_string", "str", [coerce(e, "val")]);
}

export function concat(lw: Lowerer, l: Expr, r: Expr): Expr {
  return lw.runtime("rg_str.h", "rg_str_concat", "str", [toStringValue(lw, l), toStringValue(lw, r)]);
}

/** A template literal as a string value: ToString of each piece, concatenated with one allocation
 * (rg_str_template). */
export function templateLiteral(lw: Lowerer, node: ts.TemplateExpression, out: Stmt[]): Expr {
  const nodes = node.templateSpans.map((s) => s.expression);
  const values = lw.operands(nodes, out);
  const pieces: Expr[] = [];
  if (node.head.text !== "") pieces.push(lw.stringLiteral(node.head.text));
  node.templateSpans.forEach((span, i) => {
    const v = values[i];
    if (v === undefined) throw new LoweringError(span, "missing template value");
    pieces.push(coerce(v, "val"));
    if (span.literal.text !== "") pieces.push(lw.stringLiteral(span.literal.text));
  });
  if (pieces.length === 0) return lw.stringLiteral("");
  return lw.runtime("rg_str.h", "rg_str_template", "str", [{ k: "argv", ty: "void", items: pieces }]);
}

/** `a < b` and friends on two strings: code unit order. */
export function stringCompare(lw: Lowerer, op: string, l: Expr, r: Expr): Expr {
  lw.includes.add("rg_str.h");
  const cmp: Expr = { k: "rt", ty: "i32", fn: "rg_str_compare", args: [l, r], effects: false };
  return { k: "binary", ty: "bool", op, l: cmp, r: { k: "int", ty: "i32", value: 0 } };
}

function isNullish(e: Expr): "RG_NULL" | "RG_UNDEFINED" | undefined {
  return e.k === "special" ? e.value : undefined;
}

/** `===` / `!==` where at least one side is an rg_val. */
export function valueEquality(lw: Lowerer, l: Expr, r: Expr, op: "===" | "!=="): Expr {
  const cop = op === "===" ? "==" : "!=";
  // null and undefined are single words: compare the bits.
  if (isNullish(l) !== undefined || isNullish(r) !== undefined) {
    return { k: "binary", ty: "bool", op: cop, l: coerce(l, "val"), r: coerce(r, "val") };
  }
  // A boolean is one of two words too (`flags[i] === true`): compare the bits, no call.
  if (l.ty === "bool" || r.ty === "bool") {
    return { k: "binary", ty: "bool", op: cop, l: coerce(l, "val"), r: coerce(r, "val") };
  }
  lw.includes.add("rg_coll.h");
  const eq: Expr = {
    k: "rt",
    ty: "bool",
    fn: "rg_strict_equals",
    args: [coerce(l, "val"), coerce(r, "val")],
    effects: false,
  };
  return op === "===" ? eq : { k: "unary", ty: "bool", op: "!", e: eq };
}

/** `x == null` / `x != null`: true for null and undefined. */
export function looseNullEquality(l: Expr, op: "==" | "!="): Expr {
  const test: Expr = { k: "rt", ty: "bool", fn: "rg_is_nullish", args: [coerce(l, "val")], effects: false };
  return op === "==" ? test : { k: "unary", ty: "bool", op: "!", e: test };
}

export function isBoxedType(t: ValueType): boolean {
  return t === "str" || t === "val";
}

/** `typeof v === name` as a test of the value's representation (no string is made). */
export function typeofCheck(lw: Lowerer, v: Expr, name: string, out: Stmt[]): Expr {
  const known = (b: boolean): Expr => ({ k: "bool", ty: "bool", value: b });
  if (v.ty === "f64" || v.ty === "i32" || v.ty === "u32" || v.ty === "u8") return known(name === "number");
  if (v.ty === "bool") return known(name === "boolean");
  lw.includes.add("rg_str.h");
  // The operand is read several times below: held in a temporary.
  const x = lw.scope.temp();
  out.push({ k: "decl", name: x, ty: "val", init: coerce(v, "val") });
  const test = (text: string): Expr => ({ k: "raw", ty: "bool", text, effects: false });
  switch (name) {
    case "number":
      return test(`rg_is_num(${x})`);
    case "string":
      return test(`rg_is_str(${x})`);
    case "boolean":
      return test(`rg_is_bool(${x})`);
    case "undefined":
      return test(`(${x} == RG_UNDEFINED)`);
    case "function":
      return test(`(rg_is_ptr(${x}) && rg_type_of(${x}) == RG_TYPE_CLOSURE)`);
    case "object":
      return test(
        `(${x} == RG_NULL || (rg_is_ptr(${x}) && rg_type_of(${x}) != RG_TYPE_CLOSURE && rg_type_of(${x}) != RG_TYPE_STRING))`,
      );
    default:
      return known(false);
  }
}
