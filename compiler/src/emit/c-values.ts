// c-values.ts: C spellings of regen value types, number constants and string bytes.
//
// Strings, objects and every other heap or union value are `rg_val` (rg_val.h). Number
// constants are written so the C compiler reads back exactly the same double (JavaScript's shortest
// round-trip digits always do, with a `.0` or exponent to make them floating); text becomes an escaped
// UTF-8 C string literal that is safe under -Wpedantic and stays on one line.
import type { ValueType } from "../check/value-types.ts";

export function cType(t: ValueType): string {
  switch (t) {
    case "f64":
      return "double";
    case "i32":
    case "timer":
      return "int32_t";
    case "i64":
      return "int64_t";
    case "u32":
      return "uint32_t";
    case "u8":
    case "reason":
    case "fault":
    case "save":
      return "uint8_t";
    case "bool":
      return "bool";
    case "str":
    case "val":
      return "rg_val";
    case "void":
      return "void";
  }
}

export function cDouble(v: number): string {
  if (Number.isNaN(v)) return "NAN";
  if (v === Infinity) return "INFINITY";
  if (v === -Infinity) return "(-INFINITY)";
  if (Object.is(v, -0)) return "(-0.0)";
  const text = String(v);
  const literal = /[.e]/.test(text) ? text : `${text}.0`;
  return v < 0 ? `(${literal})` : literal;
}

export function cInteger(v: number, t: "i32" | "u32" | "u8"): string {
  if (t === "i32") return v === -2147483648 ? "INT32_MIN" : v < 0 ? `(${v})` : String(v);
  return `${v}u`;
}

/** A C string literal for the UTF-8 bytes of text, and the byte count. */
export function cString(text: string): { literal: string; length: number } {
  const bytes = new TextEncoder().encode(text);
  let literal = '"';
  let previousWasHex = false;
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (b >= 0x20 && b < 0x7f && c !== '"' && c !== "\\" && c !== "?") {
      // A hex escape swallows following hex digits: break the literal after one.
      literal += previousWasHex && /[0-9a-fA-F]/.test(c) ? `""${c}` : c;
      previousWasHex = false;
    } else {
      literal += `\\x${b.toString(16).padStart(2, "0")}`;
      previousWasHex = true;
    }
  }
  return { literal: `${literal}"`, length: bytes.length };
}

/** C initializer text of a UTF-16 code unit array (at least one element, so C never sees `{}`). */
export function cUnits(text: string): string {
  const units: string[] = [];
  for (let i = 0; i < text.length; i++) units.push(`${text.charCodeAt(i)}u`);
  return units.length === 0 ? "0u" : units.join(", ");
}
