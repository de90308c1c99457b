// library.ts: calls into the standard library (compiler/lib/*.d.ts) by the runtime's naming convention.
//
// A method `m` of a value of kind K (string, array, Map, Set, typed array, number, Error) is
// `rg_<K>_<snake(m)>(cx, self, params...)`; a function `NS.f` or a global `f` is `rg_<ns>_<snake(f)>(cx,
// params...)` (Math functions take no cx). C parameter and return types follow the declaration, not
// the instantiation: a required number is a double, a required boolean a bool, everything else (and
// every optional parameter) an rg_val, a rest parameter `argc, argv`. The call's value is then converted
// to the type the checker gives the call (unboxing a generic `T` instantiated with number, for one).
// Property reads (`length`) are `rg_<K>_<snake(p)>(self)`; numeric constants of namespaces (`Math.PI`)
// are folded to their value.
import { ts } from "ts-morph";

import { isInteger, type ValueType } from "../check/value-types.ts";
import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { counterRead, numericBinary, toF64, toInt, toType, type NumericOperator } from "./numeric.ts";
import { spreadArguments } from "./spread.ts";
import { coerce, LoweringError, skipParens } from "./support.ts";
import { enumReverseMapping } from "./enum-reverse.ts";
import {
  isTypedArray,
  typedElementAssignment,
  typedElementGet,
  typedElementUpdate,
} from "./typed-elements.ts";

/** Value kinds by the library interface that declares the member. */
const valueKinds: Readonly<Record<string, string>> = {
  String: "str",
  Array: "arr",
  ReadonlyArray: "arr",
  Map: "map",
  ReadonlyMap: "map",
  Set: "set",
  ReadonlySet: "set",
  Int8Array: "typed",
  Uint8Array: "typed",
  Uint8ClampedArray: "typed",
  Int16Array: "typed",
  Uint16Array: "typed",
  Int32Array: "typed",
  Uint32Array: "typed",
  Float32Array: "typed",
  Float64Array: "typed",
  RegenTypedArray: "typed",
  Number: "num",
  Error: "err",
};

/** Namespaces by the name apps use. */
const namespaces: Readonly<Record<string, string>> = {
  Math: "math",
  JSON: "json",
  String: "string",
  Number: "number",
  Array: "array",
  Object: "object",
  Promise: "promise",
};

/** The runtime header that declares a kind's or namespace's functions. */
const headers: Readonly<Record<string, string>> = {
  str: "rg_str.h",
  string: "rg_str.h",
  num: "rg_str.h",
  number: "rg_str.h",
  global: "rg_str.h",
  arr: "rg_coll.h",
  array: "rg_coll.h",
  map: "rg_coll.h",
  set: "rg_coll.h",
  typed: "rg_coll.h",
  json: "rg_coll.h",
  object: "rg_coll.h",
  math: "rg_math.h",
  err: "rg_throw.h",
  promise: "rg_promise.h",
};

/** `fromCharCode` → `from_char_code`; `NaN` is one word (`isNaN` → `is_nan`), as the runtime names it. */
export function snakeCase(name: string): string {
  const words = name.replace(/NaN/g, "Nan");
  const lower = words.charAt(0).toLowerCase() + words.slice(1);
  return lower.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function isLibDeclaration(node: ts.Node | undefined): boolean {
  return node !== undefined && node.getSourceFile().fileName.startsWith("/regen-lib/");
}

/** The name of the interface (or class) declaring a library member. */
function ownerName(decl: ts.Declaration): string | undefined {
  const parent = decl.parent;
  if (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) return parent.name?.text;
  return undefined;
}

/** The kind of the receiver of a library member access, or undefined when it is not one. */
function valueKind(lw: Lowerer, member: ts.PropertyAccessExpression): string | undefined {
  const symbol = lw.checker.getSymbolAtLocation(member.name);
  const decl = symbol?.declarations?.[0];
  if (decl === undefined || !isLibDeclaration(decl)) return undefined;
  const owner = ownerName(decl);
  return owner === undefined ? undefined : valueKinds[owner];
}

/** The namespace a library value identifier names (`Math`), if it is one. */
function namespaceOf(lw: Lowerer, e: ts.Expression): string | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  const symbol = lw.checker.getSymbolAtLocation(e);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!isLibDeclaration(decl)) return undefined;
  return namespaces[e.text];
}

type CParam = "f64" | "bool" | "val" | "rest";

function isNumberType(t: ts.Type): boolean {
  return (t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) !== 0;
}

function isBooleanType(t: ts.Type): boolean {
  if (t.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return true;
  return t.isUnion() && t.types.every((u) => (u.flags & ts.TypeFlags.BooleanLiteral) !== 0);
}

function cParam(lw: Lowerer, p: ts.ParameterDeclaration): CParam {
  if (p.dotDotDotToken !== undefined) return "rest";
  if (p.questionToken !== undefined || p.initializer !== undefined) return "val";
  const t = lw.checker.getTypeAtLocation(p);
  if (isNumberType(t)) return "f64";
  if (isBooleanType(t)) return "bool";
  return "val";
}

function cReturn(lw: Lowerer, decl: ts.SignatureDeclaration): ValueType {
  const signature = lw.checker.getSignatureFromDeclaration(decl);
  if (signature === undefined) return "val";
  const t = lw.checker.getReturnTypeOfSignature(signature);
  if (t.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never)) return "void";
  if (isNumberType(t)) return "f64";
  if (isBooleanType(t)) return "bool";
  return "val";
}

/** Arguments converted to the declaration's C parameter types; a rest parameter becomes argc/argv. */
function libraryArguments(
  lw: Lowerer,
  decl: ts.SignatureDeclaration,
  values: readonly Expr[],
  rest?: Expr,
): Expr[] {
  const args: Expr[] = [];
  decl.parameters.forEach((p, i) => {
    const kind = cParam(lw, p);
    if (kind === "rest") {
      args.push(rest ?? { k: "argv", ty: "void", items: values.slice(i).map((v) => coerce(v, "val")) });
      return;
    }
    const v = values[i];
    if (v === undefined) {
      args.push({ k: "special", ty: "val", value: "RG_UNDEFINED" });
      return;
    }
    args.push(kind === "f64" ? toF64(coerce(v, "f64")) : coerce(v, kind));
  });
  return args;
}

function resultOf(lw: Lowerer, call: Expr, node: ts.Expression): Expr {
  if (call.ty === "void") return call;
  return coerce(call, lw.typeOf(node));
}

/** A call of a library method or namespace function, or undefined when the callee is not one. */
export function libraryCall(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr | undefined {
  const callee = node.expression;
  const signature = lw.checker.getResolvedSignature(node);
  const decl = signature?.declaration;
  if (decl === undefined || ts.isJSDocSignature(decl) || !isLibDeclaration(decl)) return undefined;
  const returns = cReturn(lw, decl);
  if (ts.isIdentifier(callee)) {
    // A global function of the library (parseInt, String(x), ...).
    const fn = `rg_global_${snakeCase(callee.text)}`;
    const spread = spreadArguments(lw, decl, [], node.arguments, out);
    const args = libraryArguments(lw, decl, spread.values, spread.rest);
    return resultOf(lw, lw.runtime(headers.global ?? "rg_str.h", fn, returns, args), node);
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const ns = namespaceOf(lw, callee.expression);
  if (ns !== undefined) {
    const fn = `rg_${ns}_${snakeCase(callee.name.text)}`;
    const spread = spreadArguments(lw, decl, [], node.arguments, out);
    const args = libraryArguments(lw, decl, spread.values, spread.rest);
    if (ns === "math" && callee.name.text !== "random") {
      // Math functions are pure and take no context (rg_math.h).
      lw.includes.add("rg_math.h");
      return resultOf(lw, { k: "rt", ty: returns, fn, args, effects: false }, node);
    }
    return resultOf(lw, lw.runtime(headers[ns] ?? "rg_coll.h", fn, returns, args), node);
  }
  const kind = valueKind(lw, callee);
  if (kind === undefined) return undefined;
  const spread = spreadArguments(lw, decl, [callee.expression], node.arguments, out);
  const [self, ...values] = spread.values;
  if (self === undefined) throw new LoweringError(node, "missing receiver");
  const args = libraryArguments(lw, decl, values, spread.rest);
  const selfArg = kind === "num" ? toF64(coerce(self, "f64")) : coerce(self, "val");
  // One pushed item: the runtime's fast path (inline while there is room).
  if (
    kind === "arr" &&
    callee.name.text === "push" &&
    node.arguments.length === 1 &&
    spread.rest === undefined
  ) {
    const item = values[0];
    if (item === undefined) throw new LoweringError(node, "missing item");
    const push = lw.runtime("rg_coll.h", "rg_arr_push1", "f64", [selfArg, coerce(item, "val")]);
    return resultOf(lw, push, node);
  }
  const fn = `rg_${kind}_${snakeCase(callee.name.text)}`;
  return resultOf(lw, lw.runtime(headers[kind] ?? "rg_coll.h", fn, returns, [selfArg, ...args]), node);
}

/** `s.length`, `Math.PI` and other library property reads, or undefined for other property accesses. */
export function libraryProperty(
  lw: Lowerer,
  node: ts.PropertyAccessExpression,
  out: Stmt[],
  receiver?: Expr,
): Expr | undefined {
  const ns = namespaceOf(lw, node.expression);
  if (ns !== undefined) {
    const holder = (globalThis as Record<string, unknown>)[(node.expression as ts.Identifier).text];
    const value = (holder as Record<string, unknown> | undefined)?.[node.name.text];
    if (typeof value === "number") return { k: "number", ty: "f64", value };
    const fnValue = libraryFunctionValue(lw, node);
    if (fnValue !== undefined) return fnValue;
    throw new LoweringError(node, `${node.getText()} is not a constant regen knows`);
  }
  const kind = valueKind(lw, node);
  if (kind === undefined) return undefined;
  const self = receiver ?? lw.expr(node.expression, out);
  const fn = `rg_${kind}_${snakeCase(node.name.text)}`;
  lw.includes.add(headers[kind] ?? "rg_coll.h");
  const ty = lw.typeOf(node);
  const selfArg = kind === "num" ? toF64(coerce(self, "f64")) : coerce(self, "val");
  // The C return type follows the declared property type (`length: number` is a double), whatever the
  // access's own type (`s?.length` is number | undefined).
  const decl = lw.checker.getSymbolAtLocation(node.name)?.declarations?.[0];
  const declared = decl === undefined ? undefined : lw.checker.getTypeAtLocation(decl);
  const cty: ValueType =
    declared === undefined
      ? "val"
      : isNumberType(declared)
        ? "f64"
        : isBooleanType(declared)
          ? "bool"
          : "val";
  // Getters neither allocate nor throw: no cx (issue 4 contract).
  const raw: Expr = { k: "rt", ty: cty, fn, args: [selfArg], effects: false };
  return coerce(raw, ty);
}

/** `s[i]` on strings and `a[i]` on arrays. */
export function elementAccess(lw: Lowerer, node: ts.ElementAccessExpression, out: Stmt[]): Expr {
  if (isTypedArray(lw, node.expression)) return typedElementGet(lw, node, out);
  const reverse = enumReverseMapping(lw, node, out);
  if (reverse !== undefined) return reverse;
  const [self, index] = lw.operands([node.expression, node.argumentExpression], out);
  if (self === undefined || index === undefined) throw new LoweringError(node, "missing operand");
  // Inside `a?.[i]`'s guard the receiver is pinned, typed as its non-nullish self.
  const receiver = lw.pinned.get(node.expression)?.ty ?? lw.typeOf(node.expression);
  const ty = lw.typeOf(node);
  const i = toF64(coerce(index, "f64"));
  if (receiver === "str") {
    return coerce(lw.runtime("rg_str.h", "rg_str_at_index", "val", [self, i]), ty);
  }
  lw.includes.add("rg_coll.h");
  // An index held in an integer (an int32, a loop counter: docs/LANGUAGE-RUNTIME.md "Numbers") needs
  // no double test; a negative one is past any length: undefined, as in JavaScript.
  const counter = counterRead(index);
  const get: Expr =
    counter !== undefined
      ? { k: "rt", ty: "val", fn: "rg_arr_get_i64", args: [coerce(self, "val"), counter], effects: false }
      : isInteger(index.ty)
        ? {
            k: "rt",
            ty: "val",
            fn: "rg_arr_get_u32",
            args: [coerce(self, "val"), toInt(index, "u32")],
            effects: false,
          }
        : { k: "rt", ty: "val", fn: "rg_arr_get_index", args: [coerce(self, "val"), i], effects: false };
  return coerce(get, ty);
}

/** `a[i] = v` and `a[i] op= v` on arrays (strings are immutable; the checker rejects writes to them). */
export function elementAssignment(
  lw: Lowerer,
  node: ts.BinaryExpression,
  compound: NumericOperator | undefined,
  out: Stmt[],
): Expr {
  const target = skipParens(node.left) as ts.ElementAccessExpression;
  if (isTypedArray(lw, target.expression)) return typedElementAssignment(lw, node, compound, out);
  const [arr, index, value] = lw.operands([target.expression, target.argumentExpression, node.right], out);
  if (arr === undefined || index === undefined || value === undefined)
    throw new LoweringError(node, "missing operand");
  const elementType = lw.typeOf(target);
  const a = compound === undefined ? arr : lw.spill(arr, out);
  const i = toF64(coerce(compound === undefined ? index : lw.spill(index, out), "f64"));
  let stored = coerce(value, elementType);
  if (compound !== undefined) {
    const old: Expr = coerce(
      { k: "rt", ty: "val", fn: "rg_arr_get_index", args: [coerce(a, "val"), i], effects: false },
      "f64",
    );
    stored = toType(numericBinary(compound, old, coerce(value, "f64")), elementType);
  }
  const saved = lw.spill(stored, out);
  // A loop counter index (docs/LANGUAGE-RUNTIME.md "Numbers") skips the double test.
  const counter = counterRead(i);
  out.push({
    k: "expr",
    e:
      counter !== undefined
        ? lw.runtime("rg_coll.h", "rg_arr_set_i64", "void", [coerce(a, "val"), counter, coerce(saved, "val")])
        : lw.runtime("rg_coll.h", "rg_arr_set_index", "void", [coerce(a, "val"), i, coerce(saved, "val")]),
  });
  return saved;
}

/** `a[i]++` and friends on a number array. */
export function elementUpdate(
  lw: Lowerer,
  operand: ts.Expression,
  op: "+" | "-",
  prefix: boolean,
  out: Stmt[],
): Expr {
  const target = skipParens(operand) as ts.ElementAccessExpression;
  if (isTypedArray(lw, target.expression)) return typedElementUpdate(lw, operand, op, prefix, out);
  const [arr, index] = lw.operands([target.expression, target.argumentExpression], out);
  if (arr === undefined || index === undefined) throw new LoweringError(operand, "missing operand");
  const a = lw.spill(arr, out);
  const i = lw.spill(toF64(coerce(index, "f64")), out);
  lw.includes.add("rg_coll.h");
  const old = lw.spill(
    coerce(
      { k: "rt", ty: "val", fn: "rg_arr_get_index", args: [coerce(a, "val"), i], effects: false },
      "f64",
    ),
    out,
  );
  const next = lw.spill({ k: "binary", ty: "f64", op, l: old, r: { k: "number", ty: "f64", value: 1 } }, out);
  out.push({
    k: "expr",
    e: lw.runtime("rg_coll.h", "rg_arr_set_index", "void", [coerce(a, "val"), i, coerce(next, "val")]),
  });
  return prefix ? next : old;
}

/** Typed array kinds (rg_coll.h RG_TYPED_*) by constructor name. */
const typedKinds: Readonly<Record<string, string>> = {
  Int8Array: "RG_TYPED_INT8",
  Uint8Array: "RG_TYPED_UINT8",
  Uint8ClampedArray: "RG_TYPED_UINT8_CLAMPED",
  Int16Array: "RG_TYPED_INT16",
  Uint16Array: "RG_TYPED_UINT16",
  Int32Array: "RG_TYPED_INT32",
  Uint32Array: "RG_TYPED_UINT32",
  Float32Array: "RG_TYPED_FLOAT32",
  Float64Array: "RG_TYPED_FLOAT64",
};

/** `new Map(entries?)`, `new Set(values?)`, `new Uint8Array(x)`: the library's constructors. */
export function newLibraryObject(lw: Lowerer, node: ts.NewExpression, out: Stmt[]): Expr | undefined {
  if (!ts.isIdentifier(node.expression)) return undefined;
  const symbol = lw.checker.getSymbolAtLocation(node.expression);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!isLibDeclaration(decl)) return undefined;
  const name = node.expression.text;
  const values = lw.operands(node.arguments ?? [], out).map((v) => coerce(v, "val"));
  const first: Expr = values[0] ?? { k: "special", ty: "val", value: "RG_UNDEFINED" };
  if (name === "Map") return lw.runtime("rg_coll.h", "rg_map_new", "val", [first]);
  if (name === "Set") return lw.runtime("rg_coll.h", "rg_set_new", "val", [first]);
  const kind = typedKinds[name];
  if (kind !== undefined) {
    return lw.runtime("rg_coll.h", "rg_typed_new", "val", [
      { k: "raw", ty: "u32", text: kind, effects: false },
      first,
    ]);
  }
  return undefined;
}

/** A library function used as a value (`Math.abs`, `parseInt`, `Number.isInteger`, `String`): a static
 * closure whose uniform-convention code converts its arguments to the function's C parameter types (a
 * number parameter with JavaScript's ToNumber, as the function itself would), calls it and boxes the
 * result; undefined when `node` is not one. */
export function libraryFunctionValue(lw: Lowerer, node: ts.Expression): Expr | undefined {
  const target = skipParens(node);
  let fn: string;
  let header: string;
  let pure = false;
  if (ts.isPropertyAccessExpression(target)) {
    const ns = namespaceOf(lw, target.expression);
    if (ns === undefined) return undefined;
    fn = `rg_${ns}_${snakeCase(target.name.text)}`;
    header = headers[ns] ?? "rg_coll.h";
    pure = ns === "math" && target.name.text !== "random";
  } else if (ts.isIdentifier(target)) {
    fn = `rg_global_${snakeCase(target.text)}`;
    header = headers.global ?? "rg_str.h";
  } else {
    return undefined;
  }
  const decl = lw.checker.getTypeAtLocation(target).getCallSignatures()[0]?.getDeclaration();
  if (decl === undefined || ts.isJSDocSignature(decl) || !isLibDeclaration(decl)) return undefined;
  const code = `${fn}_value`;
  const existing = lw.staticClosures.find((c) => c.code === code);
  if (existing !== undefined)
    return { k: "raw", ty: "val", text: `rg_ptr(&${existing.name}.c)`, effects: false };
  lw.includes.add(header);
  if (pure) lw.includes.add("rg_math.h");
  const args: Expr[] = decl.parameters.map((p, i): Expr => {
    const kind = cParam(lw, p);
    if (kind === "rest")
      return {
        k: "raw",
        ty: "void",
        text: `argc > ${i}u ? argc - ${i}u : 0u, argc > ${i}u ? argv + ${i} : argv`,
        effects: false,
      };
    const v: Expr = { k: "raw", ty: "val", text: `rg_arg(argc, argv, ${i}u)`, effects: false };
    if (kind === "f64") return lw.runtime("rg_str.h", "rg_global_number", "f64", [v]);
    if (kind === "bool") {
      lw.includes.add("rg_coll.h");
      return { k: "rt", ty: "bool", fn: "rg_truthy", args: [v], effects: false };
    }
    return v;
  });
  const returns = cReturn(lw, decl);
  const call: Expr = pure
    ? { k: "rt", ty: returns, fn, args, effects: false }
    : lw.runtime(header, fn, returns, args);
  const body: Stmt[] =
    returns === "void"
      ? [
          { k: "expr", e: call },
          { k: "return", e: { k: "special", ty: "val", value: "RG_UNDEFINED" } },
        ]
      : [{ k: "return", e: coerce(call, "val") }];
  lw.functions.push({ name: code, uniform: true, params: [], returns: "val", body, line: 1 });
  const arity = decl.parameters.filter(
    (p) => p.questionToken === undefined && p.dotDotDotToken === undefined,
  ).length;
  const closure = { name: `rgc_fv_${lw.staticClosures.length + 1}`, code, arity };
  lw.staticClosures.push(closure);
  return { k: "raw", ty: "val", text: `rg_ptr(&${closure.name}.c)`, effects: false };
}
