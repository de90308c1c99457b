// es-string.d.ts: strings as a regen app sees them: the String methods, String(x) and String.fromCharCode.
//
// Strings are immutable UTF-16, as in JavaScript (length and indexes count code units). Each method
// compiles to `rg_str_<snake_case name>(cx, self, ...)` and each static to `rg_string_<name>`
// (runtime-c/include/rg_str.h); the results equal Node's for every input (tests/runtime/strings.test.ts).
// What differs from the full language: patterns of replace/replaceAll/split are strings (no RegExp,
// no replacer functions) and concat takes one string.

interface String {
  /** The number of UTF-16 code units. */
  readonly length: number;
  /** The one-unit string at index (undefined outside the string). */
  readonly [index: number]: string;
  /** The one-unit string at pos, "" outside the string. */
  charAt(pos: number): string;
  /** The code unit at index (0-65535), NaN outside the string. */
  charCodeAt(index: number): number;
  /** The code point at pos (a surrogate pair's whole value), undefined outside the string. */
  codePointAt(pos: number): number | undefined;
  /** The one-unit string at index; negative indexes count from the end. */
  at(index: number): string | undefined;
  /** The first index of searchString at or after position (default 0), or -1. */
  indexOf(searchString: string, position?: number): number;
  /** The last index of searchString at or before position (default: the end), or -1. */
  lastIndexOf(searchString: string, position?: number): number;
  includes(searchString: string, position?: number): boolean;
  startsWith(searchString: string, position?: number): boolean;
  endsWith(searchString: string, endPosition?: number): boolean;
  /** Units from start to end (exclusive); negative values count from the end. */
  slice(start?: number, end?: number): string;
  /** Units between start and end (swapped when end < start; negatives are 0). */
  substring(start: number, end?: number): string;
  /** length units from `from` (negative counts from the end). */
  substr(from: number, length?: number): string;
  /** The pieces between occurrences of separator (a string; "" splits into code units), at most limit. */
  split(separator?: string, limit?: number): string[];
  /** Without leading and trailing whitespace and line terminators. */
  trim(): string;
  trimStart(): string;
  trimEnd(): string;
  /** Upper case, as Node maps every character ("ß" becomes "SS"). */
  toUpperCase(): string;
  /** Lower case, as Node maps every character (Σ at the end of a word becomes ς). */
  toLowerCase(): string;
  /** Padded at the start with fillString (default " ") to maxLength units. */
  padStart(maxLength: number, fillString?: string): string;
  /** Padded at the end with fillString (default " ") to maxLength units. */
  padEnd(maxLength: number, fillString?: string): string;
  /** count copies; RangeError for a negative or infinite count. */
  repeat(count: number): string;
  /** The first occurrence of searchValue replaced; replaceValue may use $$, $&, $` and $'. */
  replace(searchValue: string, replaceValue: string): string;
  /** Every occurrence of searchValue replaced; replaceValue may use $$, $&, $` and $'. */
  replaceAll(searchValue: string, replaceValue: string): string;
  /** This string followed by other (one argument: chain calls or use + for more). */
  concat(other: string): string;
  toString(): string;
  valueOf(): string;
  /** `for (const ch of s)`: the code points of s, each as a string (a surrogate pair stays together).
   * Compiled with rg_str_next_code_point (Symbol and IterableIterator: es-collections.d.ts). */
  [Symbol.iterator](): IterableIterator<string>;
}

interface StringConstructor {
  /** The value as text, exactly as JavaScript's String(value) (numbers as Number's toString). */
  (value: unknown): string;
  /** A string of the given UTF-16 code units (each taken modulo 65536). */
  fromCharCode(...codes: number[]): string;
  /** A string of the given code points; RangeError outside 0..0x10FFFF. */
  fromCodePoint(...codePoints: number[]): string;
}

declare const String: StringConstructor;
