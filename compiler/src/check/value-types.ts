// value-types.ts: maps TypeScript types onto the few value types regen compiles.
//
// Shared by the subset check (which rejects what maps to nothing) and the lowering (which picks C types).
// `number` is a double; the branded integers of the `regen` module map to C integers; the string literal
// unions of startInfo().reason, startInfo().fault and saveState's result map to small enums; TimerId is the kernel's timer id;
// declared plain-data object types (interfaces, object type aliases) are C structs (`struct:Name`), and
// `Name | undefined` (what loadState returns) is a struct with a presence flag (`opt:Name`).
import { ts } from "ts-morph";

import { structTable } from "./struct-types.ts";

export type StructType = `struct:${string}`;
export type OptionalType = `opt:${string}`;

export type ValueType =
  | "f64"
  | "i32"
  | "u32"
  | "u8"
  | "bool"
  | "reason"
  | "fault"
  | "save"
  | "timer"
  | "str"
  | "val"
  | "void"
  | StructType
  | OptionalType;

/** startInfo().reason values, in the order of the ABI's startReasons (their numbers). */
export const startReasons = [
  "power-up",
  "watchdog-reset",
  "software-reset",
  "fault-restart",
  "first-boot",
] as const;

/** startInfo().fault values: index = the ABI's faultClasses number, 0 = no fault. */
export const faultClasses = [
  "none",
  "mem-manage",
  "bus-fault",
  "undefined-instruction",
  "divide-by-zero",
  "usage-fault",
  "hard-fault",
  "stack-overflow",
  "panic",
  "timeout",
  "out-of-memory",
  "exception",
] as const;

/** saveState() results, in the order of the runtime's RG_RT_SAVE_* numbers. */
export const saveResults = ["ok", "over-quota", "no-space", "worn-out", "io-error"] as const;

/** The string literals an enum-like value type stands for, or undefined for other types. */
export function enumLiterals(t: ValueType): readonly string[] | undefined {
  if (t === "reason") return startReasons;
  if (t === "fault") return faultClasses;
  if (t === "save") return saveResults;
  return undefined;
}

export function isNumeric(t: ValueType): t is "f64" | "i32" | "u32" | "u8" {
  return t === "f64" || t === "i32" || t === "u32" || t === "u8";
}

export function isInteger(t: ValueType): t is "i32" | "u32" | "u8" {
  return t === "i32" || t === "u32" || t === "u8";
}

export function isStruct(t: ValueType | undefined): t is StructType {
  return t !== undefined && t.startsWith("struct:");
}

export function isOptional(t: ValueType | undefined): t is OptionalType {
  return t !== undefined && t.startsWith("opt:");
}

/** The struct name inside `struct:Name` or `opt:Name`. */
export function structName(t: StructType | OptionalType): string {
  return t.slice(t.indexOf(":") + 1);
}

function isStringLiteralOf(types: readonly ts.Type[], literals: readonly string[]): boolean {
  return types.every((t) => t.isStringLiteral() && literals.includes(t.value));
}

/** True for the value types held in an rg_val (strings and every heap or union value). */
export function isBoxed(t: ValueType | undefined): t is "str" | "val" {
  return t === "str" || t === "val";
}

/** The value type of a TypeScript type, or undefined when it is outside the subset. */
export function valueTypeOf(type: ts.Type, checker: ts.TypeChecker): ValueType | undefined {
  const flags = type.flags;
  if (flags & ts.TypeFlags.Any) return undefined;
  // `unknown` (a catch binding's type) is any value: an rg_val, narrowed before use.
  if (flags & ts.TypeFlags.Unknown) return "val";
  if (flags & ts.TypeFlags.Null) return "val";
  if (flags & ts.TypeFlags.TypeParameter) return "val";
  if (flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) return "void";
  if (flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return "f64";
  if (flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return "bool";
  if (flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral | ts.TypeFlags.TemplateLiteral)) {
    return "str";
  }
  if (type.isIntersection()) {
    const brand = checker.getPropertyOfType(type, "__regenInt");
    if (brand !== undefined) {
      const brandType = checker.getTypeOfSymbol(brand);
      if (brandType.isStringLiteral()) {
        const name = brandType.value;
        if (name === "i32" || name === "u32" || name === "u8") return name;
      }
    }
    return undefined;
  }
  if (type.isUnion()) {
    // boolean is true | false; StartReason, FaultClass and SaveResult are unions of their string literals.
    if (type.types.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return "bool";
    if (type.types.every((t) => t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral))) return "f64";
    if (isStringLiteralOf(type.types, startReasons)) return "reason";
    if (isStringLiteralOf(type.types, faultClasses)) return "fault";
    if (isStringLiteralOf(type.types, saveResults)) return "save";
    if (type.types.every((t) => t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral))) return "str";
    const defined = type.types.filter((t) => (t.flags & ts.TypeFlags.Undefined) === 0);
    const only = defined[0];
    if (defined.length === 1 && type.types.length === 2 && only !== undefined) {
      const inner = valueTypeOf(only, checker);
      if (isStruct(inner)) return `opt:${structName(inner)}`;
    }
    // Any other union of types the subset has is a NaN-boxed value (docs/LANGUAGE-RUNTIME.md).
    for (const t of type.types) {
      if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
      const inner = valueTypeOf(t, checker);
      if (inner === undefined || inner === "void" || isStruct(inner) || isOptional(inner)) return undefined;
      if (inner === "timer" || inner === "reason" || inner === "fault" || inner === "save") return undefined;
    }
    return "val";
  }
  if (checker.getPropertyOfType(type, "__regenTimer") !== undefined) return "timer";
  if (flags & ts.TypeFlags.Object) {
    const name = structTable(checker).nameOf(type);
    if (name !== undefined) return `struct:${name}`;
    // Arrays, functions, the library's object types (Map, Set, ...) and every other object type the app
    // declares (interfaces with strings or optional fields, recursive types, object literal types) are
    // heap values. Plain-data interfaces keep their struct name: it is what the state serializer needs.
    return "val";
  }
  return undefined;
}
