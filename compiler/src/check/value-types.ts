// value-types.ts: maps TypeScript types onto the few value types regen compiles.
//
// Shared by the subset check (which rejects what maps to nothing) and the lowering (which picks C types).
// `number` is a double; the branded integers of the `regen` module map to C integers; the string literal
// unions of startInfo().reason, startInfo().fault and saveState's result map to small enums; TimerId is the kernel's timer id;
// every object type (interfaces and object type aliases included, whatever their fields) is a heap object
// held in an rg_val, with reference semantics as in JavaScript.
import { ts } from "ts-morph";

// "i64" is never a TypeScript type's: it is how a loop counter is held (lower/integers.ts), read as f64.
export type ValueType =
  | "f64"
  | "i32"
  | "i64"
  | "u32"
  | "u8"
  | "bool"
  | "reason"
  | "fault"
  | "save"
  | "timer"
  | "str"
  | "val"
  | "void";

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
    // A type parameter narrowed by a check (`T & {}` after `x !== undefined`) is still a T.
    if (type.types.some((t) => t.flags & ts.TypeFlags.TypeParameter)) return "val";
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
    // Any other union of types the subset has is a NaN-boxed value (docs/LANGUAGE-RUNTIME.md).
    for (const t of type.types) {
      if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
      const inner = valueTypeOf(t, checker);
      if (inner === undefined || inner === "void") return undefined;
      // A timer id is boxed as its number (`TimerId | null` for a pending timeout).
      if (inner === "reason" || inner === "fault" || inner === "save") return undefined;
    }
    return "val";
  }
  if (checker.getPropertyOfType(type, "__regenTimer") !== undefined) return "timer";
  // Arrays, functions, the library's object types (Map, Set, ...) and every object type the app declares
  // are heap values. (The state type's byte encoding is check/struct-types.ts's business, not a value type.)
  if (flags & ts.TypeFlags.Object) return "val";
  return undefined;
}
