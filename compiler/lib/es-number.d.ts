// es-number.d.ts: number formatting and parsing as a regen app sees them: Number's methods, statics and
// constants, and the globals parseInt, parseFloat, isNaN and isFinite.
//
// Each method compiles to `rg_num_<snake_case name>(cx, self, ...)`, each static to `rg_number_<name>`,
// each global to `rg_global_<name>` and Number(x) to `rg_global_number` (runtime-c/include/rg_str.h).
// Formatting and parsing are exact, with exactly Node's results (tests/runtime/strings.test.ts compares
// them on tens of thousands of inputs); the constants are compiled as their values (RG_NUMBER_*).

interface Number {
  /** Fixed-point text with fractionDigits (0-100, default 0) digits after the point; ToString from 1e21. */
  toFixed(fractionDigits?: number): string;
  /** precision (1-100) significant digits, in exponent form when the exponent is below -6 or too large. */
  toPrecision(precision?: number): string;
  /** Exponent form with fractionDigits (0-100) digits after the point; as many as needed when omitted. */
  toExponential(fractionDigits?: number): string;
  /** The number in radix 2-36 (default 10), digits as V8 writes them. */
  toString(radix?: number): string;
  valueOf(): number;
}

interface NumberConstructor {
  /** ToNumber: strings are parsed (whitespace trimmed, "" is 0, 0x/0o/0b prefixes, Infinity), null is 0,
   * undefined and unparsable text NaN, booleans 0 or 1. */
  (value: unknown): number;
  /** 2^53 - 1. */
  readonly MAX_SAFE_INTEGER: number;
  /** -(2^53 - 1). */
  readonly MIN_SAFE_INTEGER: number;
  /** The largest finite number, 1.7976931348623157e308. */
  readonly MAX_VALUE: number;
  /** The smallest positive number, 5e-324. */
  readonly MIN_VALUE: number;
  /** The gap between 1 and the next number, 2^-52. */
  readonly EPSILON: number;
  readonly POSITIVE_INFINITY: number;
  readonly NEGATIVE_INFINITY: number;
  readonly NaN: number;
  /** True for finite numbers without a fractional part. */
  isInteger(value: number): boolean;
  /** True for integers in [MIN_SAFE_INTEGER, MAX_SAFE_INTEGER]. */
  isSafeInteger(value: number): boolean;
  isFinite(value: number): boolean;
  isNaN(value: number): boolean;
  /** Same as the global parseFloat. */
  parseFloat(string: string): number;
  /** Same as the global parseInt. */
  parseInt(string: string, radix?: number): number;
}

declare const Number: NumberConstructor;

/** The integer at the start of string (after whitespace and a sign) in radix 2-36; radix 0 or omitted
 * means 10, or 16 with a 0x prefix. NaN when there is no digit. */
declare function parseInt(string: string, radix?: number): number;
/** The decimal number at the start of string (after whitespace), correctly rounded; NaN when none. */
declare function parseFloat(string: string): number;
/** True for NaN. */
declare function isNaN(number: number): boolean;
/** True unless the number is NaN or infinite. */
declare function isFinite(number: number): boolean;
