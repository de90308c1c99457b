// value-types.ts: maps TypeScript types onto the few value types regen compiles.
//
// Shared by the subset check (which rejects what maps to nothing) and the lowering (which picks C types).
// `number` is a double; the branded integers of the `regen` module map to C integers; string literal types
// of startInfo().reason map to a small enum; TimerId is the kernel's timer id.
import { ts } from "ts-morph";

export type ValueType = "f64" | "i32" | "u32" | "u8" | "bool" | "reason" | "timer" | "str" | "void";

export const startReasons = ["power-up", "watchdog-reset", "software-reset", "fault-restart"] as const;

export function isNumeric(t: ValueType): t is "f64" | "i32" | "u32" | "u8" {
  return t === "f64" || t === "i32" || t === "u32" || t === "u8";
}

export function isInteger(t: ValueType): t is "i32" | "u32" | "u8" {
  return t === "i32" || t === "u32" || t === "u8";
}

/** The value type of a TypeScript type, or undefined when it is outside the subset. */
export function valueTypeOf(type: ts.Type, checker: ts.TypeChecker): ValueType | undefined {
  const flags = type.flags;
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
    // boolean is true | false; StartReason is a union of its string literals.
    if (type.types.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return "bool";
    if (type.types.every((t) => t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral))) return "f64";
    if (
      type.types.every((t) => t.isStringLiteral() && (startReasons as readonly string[]).includes(t.value))
    ) {
      return "reason";
    }
    return undefined;
  }
  if (checker.getPropertyOfType(type, "__regenTimer") !== undefined) return "timer";
  return undefined;
}
