// strings-cases.ts: generated calls of the string runtime with Node's answers, shared by the strings tests.
//
// Each case is one command line for tests/runtime/strings-harness.c and the token Node produces for the
// same call. The generators are seeded, so a failure reproduces: random strings mixing ASCII, Latin,
// Greek, Cyrillic, JavaScript whitespace, combining marks, emoji and lone surrogates; doubles of every
// magnitude (random bit patterns, subnormals, short decimals, large integers); decimal strings around
// the halfway points between doubles, with 800-digit mantissas and deep subnormals; radix and
// hexadecimal text; and every code point for the case mappings.
import path from "node:path";

import { BMP, SUPPLEMENTARY } from "./strings-case-table.ts";

export const root = path.resolve(import.meta.dirname, "..", "..");

type Value = undefined | null | boolean | number | string | Uint8Array | Value[];

// --- the harness's tokens -------------------------------------------------------------------------

const view = new DataView(new ArrayBuffer(8));

function numberToken(v: number): string {
  view.setFloat64(0, v);
  return `n${view.getBigUint64(0).toString(16).padStart(16, "0")}`;
}

function token(v: Value): string {
  if (v === undefined) return "u";
  if (v === null) return "z";
  if (v === true) return "t";
  if (v === false) return "f";
  if (typeof v === "number") return numberToken(v);
  if (typeof v === "string") {
    const units = Buffer.alloc(v.length * 2);
    for (let i = 0; i < v.length; i++) units.writeUInt16BE(v.charCodeAt(i), 2 * i);
    return `s${units.toString("hex")}`;
  }
  if (v instanceof Uint8Array) return `b${Buffer.from(v).toString("hex")}`;
  return `[${v.map(token).join(",")}]`;
}

/** The number of an `n<hex>` token. */
export function tokenNumber(token: string): number {
  view.setBigUint64(0, BigInt(`0x${token.slice(1)}`));
  return view.getFloat64(0);
}

/** Numbers compare as SameValue (any NaN bits equal), everything else textually. */
export function sameToken(got: string, expected: string): boolean {
  if (got === expected) return true;
  if (got.startsWith("n") && expected.startsWith("n") && got.length === 17 && expected.length === 17) {
    view.setBigUint64(0, BigInt(`0x${got.slice(1)}`));
    const a = view.getFloat64(0);
    view.setBigUint64(0, BigInt(`0x${expected.slice(1)}`));
    return Object.is(a, view.getFloat64(0));
  }
  return false;
}

function outcome(f: () => Value): string {
  try {
    return token(f());
  } catch (e) {
    const err = e as Error;
    return `!${err.name}:${err.message}`;
  }
}

// --- deterministic randomness ----------------------------------------------------------------------

/** mulberry32: small and seeded, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20261127);
const int = (n: number): number => Math.floor(rand() * n);
function pick<T>(list: readonly T[]): T {
  if (list.length === 0) throw new Error("pick from an empty list");
  return list[int(list.length)] as T;
}

// --- random strings --------------------------------------------------------------------------------

const whitespace = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029];
const moreSpace = [0x202f, 0x205f, 0x3000, 0xfeff, 0x180e, 0x200b, 0x85];
/** Character pools: text the runtime maps, text it leaves alone, and UTF-16 oddities. */
const pools: readonly (() => string)[] = [
  () => String.fromCharCode(0x20 + int(95)),
  () => pick(["a", "b", "A", "B", ".", "'", " "]),
  () => String.fromCharCode(pick(whitespace.concat(moreSpace))),
  () => String.fromCharCode(0xa0 + int(0x60)),
  () => String.fromCharCode(0x100 + int(0x250)),
  () => String.fromCharCode(0x370 + int(0x90)),
  () => pick(["Σ", "σ", "ς", "Α", "α", "ΐ", "ΰ", "\u0345", "\u0301", "ß", "İ", "ŉ", "ǰ"]),
  () => String.fromCharCode(0x400 + int(0x130)),
  () => String.fromCharCode(0x1e00 + int(0x100)),
  () => String.fromCharCode(0x300 + int(0x70)),
  () => String.fromCharCode(0xd800 + int(0x800)), // lone surrogates
  () => pick(["😀", "𝒜", "中", "文", "\u2019", "\u00ad", "ᾳ", "ﬀ", "Ա", "Ⴀ", "Ꭰ", "𐐀", "𐐨", "𞤀"]),
  () => String.fromCodePoint(int(0x20000)),
];

function randomString(maxLength: number, small = false): string {
  const n = int(maxLength + 1);
  let s = "";
  for (let i = 0; i < n; i++) s += small ? pick(["a", "b", "ab", "$", "Σ", "😀"]) : pick(pools)();
  return s;
}

function randomIndexArg(len: number, optional: boolean): number | undefined {
  switch (int(optional ? 9 : 8)) {
    case 0:
      return NaN;
    case 1:
      return pick([Infinity, -Infinity, -0]);
    case 2:
      return int(len + 3) + pick([0.5, 0.25, 0.999]);
    case 3:
      return -int(len + 3) - (rand() < 0.5 ? 0 : 0.5);
    case 8:
      return undefined;
    default:
      return int(len + 3);
  }
}

// --- random doubles and number strings -------------------------------------------------------------

function fromBits(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

function randomBits(): bigint {
  return (BigInt(int(2 ** 32)) << 32n) | BigInt(int(2 ** 32));
}

function randomDouble(): number {
  switch (int(8)) {
    case 0:
      return fromBits(randomBits());
    case 1:
      return fromBits(randomBits() & 0x800fffffffffffffn); // subnormal
    case 2:
      return (int(2_000_000) - 1_000_000) / 10 ** int(8); // short decimals
    case 3:
      return (int(2 ** 30) * 2 ** 23 + int(2 ** 23)) * (rand() < 0.5 ? 1 : -1) * 2 ** (int(120) - 60);
    case 4:
      return pick([
        0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 0.000001, 1e21, 1e-7, 123.456, 5e-324,
        1.7976931348623157e308,
      ]);
    case 5:
      return int(1e6) + pick([0.5, 0.25, 0.125, 0.05, 0.005, 0.0005]);
    case 6:
      return int(2 ** 31) * 10 ** (int(40) - 20);
    default:
      return rand() * 10 ** (int(60) - 30);
  }
}

/** The exact decimal text of a double (as digits and a power-of-ten exponent: digits × 10^exp). */
function exactDecimal(mantissa: bigint, exp2: number): { digits: string; exp: number } {
  if (exp2 >= 0) return { digits: (mantissa << BigInt(exp2)).toString(), exp: 0 };
  return { digits: (mantissa * 5n ** BigInt(-exp2)).toString(), exp: exp2 };
}

/** A decimal string near a halfway point between a random positive double and the next one. */
function halfwayString(): string {
  const x = Math.abs(rand() < 0.3 ? fromBits(randomBits() & 0x000fffffffffffffn) : randomDouble());
  if (!Number.isFinite(x) || x === 0) return "1";
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | (1n << 52n);
  const e = biased === 0 ? -1074 : biased - 1075;
  const { digits, exp } = exactDecimal(2n * m + 1n, e - 1);
  switch (int(4)) {
    case 0:
      return `${digits}e${exp}`;
    case 1:
      return `${digits}000000001e${exp - 9}`; // just above
    case 2: {
      const below = (BigInt(digits) * 10n ** 5n - 1n).toString(); // just below
      return `${below}e${exp - 5}`;
    }
    default: {
      // as a plain decimal with the point placed inside the digits
      const point = digits.length + exp;
      if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
      if (point >= digits.length) return digits + "0".repeat(point - digits.length);
      return `${digits.slice(0, point)}.${digits.slice(point)}`;
    }
  }
}

function digitString(n: number, alphabet = "0123456789"): string {
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[int(alphabet.length)];
  return s;
}

function randomDecimalString(): string {
  if (rand() < 0.1) return digitString(int(13), "0123456789.eE+-xXoObBaAfFIn_ \t"); // near-miss garbage
  switch (int(9)) {
    case 0:
      return String(randomDouble());
    case 1:
      return halfwayString();
    case 2:
      return `${digitString(1 + int(30))}.${digitString(int(30))}e${int(700) - 350}`;
    case 3:
      return `${digitString(1 + int(800))}e-${int(1100)}`; // long mantissas, deep subnormals
    case 4:
      return `0.${"0".repeat(int(330))}${digitString(1 + int(40))}`;
    case 5:
      return pick([
        "",
        " ",
        "Infinity",
        "-Infinity",
        "+Infinity",
        "infinity",
        "1e",
        "1e+",
        ".",
        ".5",
        "5.",
        "-.5e-3",
        "0x1F",
        "0X1f",
        "-0x10",
        "0b101",
        "0o17",
        "0O7",
        "0b",
        "0x",
        "1_000",
        "00012",
        "-0",
        "+0",
        "1e1000",
        "-1e-1000",
        "0x1fffffffffffff1",
        "0x20000000000001",
        "1.7976931348623159e308",
        "2.4703282292062328e-324",
        "2.4703282292062327e-324",
        "4.9406564584124654e-324",
        "\u00a0 42 \ufeff",
        "12abc",
        "NaN",
        "+-1",
      ]);
    case 6:
      return `0x${digitString(1 + int(40), "0123456789abcdefABCDEF")}`;
    case 7:
      return `${pick(["", "-", "+"])}${digitString(int(25))}${pick(["", "."])}${digitString(int(5))}`;
    default:
      return `${String.fromCharCode(pick(whitespace))}${String(randomDouble())}${pick(["", " ", "x", "e5", "\u2028"])}`;
  }
}

// --- commands and Node's answers --------------------------------------------------------------------

export interface Case {
  readonly line: string;
  readonly expected: string;
}

function call(op: string, args: Value[], f: () => Value): Case {
  return { line: `${op} ${args.map(token).join(" ")}`, expected: outcome(f) };
}

/** The UTF-8 bytes a panic message keeps of s: whole characters up to the line buffer's 128 bytes. */
function panicLine(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const bytes = Buffer.from(ch, "utf8");
    if (out.length + bytes.length > 128) break;
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** Random calls of every String method (and the string operators and conversions), with Node's answers. */
export function stringMethodCases(count: number): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const small = rand() < 0.5;
    const s = randomString(small ? 10 : 14, small);
    const other =
      rand() < 0.4 && s.length > 0 ? s.slice(int(s.length), int(s.length + 1) + 1) : randomString(3, small);
    const a = randomIndexArg(s.length, false) ?? 0;
    const b = randomIndexArg(s.length, true);
    const fill = rand() < 0.3 ? undefined : randomString(3, true);
    const rep =
      rand() < 0.3 ? pick(["$$", "$&", "$`", "$'", "$1", "$<x>", "x$", "$"]) : randomString(3, true);
    switch (i % 25) {
      case 0:
        out.push(call("at_index", [s, a], () => s[a]));
        break;
      case 1:
        out.push(call("charAt", [s, a], () => s.charAt(a)));
        break;
      case 2:
        out.push(call("charCodeAt", [s, a], () => s.charCodeAt(a)));
        break;
      case 3:
        out.push(call("codePointAt", [s, a], () => s.codePointAt(a)));
        break;
      case 4:
        out.push(call("at", [s, a], () => s.at(a)));
        break;
      case 5:
        out.push(call("indexOf", [s, other, b], () => s.indexOf(other, b)));
        break;
      case 6:
        out.push(call("lastIndexOf", [s, other, b], () => s.lastIndexOf(other, b)));
        break;
      case 7:
        out.push(call("includes", [s, other, b], () => s.includes(other, b)));
        break;
      case 8:
        out.push(call("startsWith", [s, other, b], () => s.startsWith(other, b)));
        break;
      case 9:
        out.push(call("endsWith", [s, other, b], () => s.endsWith(other, b)));
        break;
      case 10: {
        const c = randomIndexArg(s.length, true);
        out.push(call("slice", [s, c, b], () => s.slice(c, b)));
        break;
      }
      case 11:
        out.push(call("substring", [s, a, b], () => s.substring(a, b)));
        break;
      case 12:
        out.push(call("substr", [s, a, b], () => s.substr(a, b)));
        break;
      case 13: {
        const sep = rand() < 0.15 ? undefined : rand() < 0.2 ? "" : other;
        const limit = rand() < 0.6 ? undefined : pick([0, 1, 2, 3, -1, 2 ** 32 + 1, NaN, 1.5]);
        out.push(call("split", [s, sep, limit], () => s.split(sep as string, limit)));
        break;
      }
      case 14: {
        const padded = `${String.fromCharCode(pick(whitespace.concat(moreSpace)))}${s}${String.fromCharCode(pick(whitespace.concat(moreSpace)))}`;
        const which = pick(["trim", "trimStart", "trimEnd"] as const);
        out.push(call(which, [padded], () => padded[which]()));
        break;
      }
      case 15:
        out.push(call("toUpperCase", [s], () => s.toUpperCase()));
        break;
      case 16:
        out.push(call("toLowerCase", [s], () => s.toLowerCase()));
        break;
      case 17: {
        const len = pick([a, s.length + int(6), -1, NaN]);
        out.push(call("padStart", [s, len, fill], () => s.padStart(len, fill)));
        break;
      }
      case 18: {
        const len = pick([a, s.length + int(6), -1, NaN]);
        out.push(call("padEnd", [s, len, fill], () => s.padEnd(len, fill)));
        break;
      }
      case 19: {
        const n = pick([0, 1, 2, 3, 2.5, -1, -0.5, NaN, Infinity, 2 ** 40]);
        out.push(call("repeat", [s, n], () => s.repeat(n)));
        break;
      }
      case 20:
        out.push(call("replace", [s, other, rep], () => s.replace(other, rep)));
        break;
      case 21:
        out.push(call("replaceAll", [s, other, rep], () => s.replaceAll(other, rep)));
        break;
      case 22:
        out.push(call("concat", [s, other], () => s.concat(other)));
        out.push(call("compare", [s, other], () => (s < other ? -1 : s > other ? 1 : 0)));
        out.push(call("equals", [s, other], () => s === other));
        out.push(call("hashEquals", [s, s], () => true)); // two objects, same text
        break;
      case 23: {
        const codes = Array.from({ length: int(5) }, () =>
          pick([int(0x10000), int(0x80), -1, 65536 + 65, 1.9, NaN]),
        );
        out.push(call("fromCharCode", codes, () => String.fromCharCode(...codes)));
        const points = Array.from({ length: int(4) }, () =>
          pick([int(0x110000), int(0x80), 0xd800, -1, 1.5, 0x110000]),
        );
        out.push(call("fromCodePoint", points, () => String.fromCodePoint(...points)));
        break;
      }
      default: {
        out.push(call("codePoints", [s], () => [...s].join("|")));
        const parts: Value[] = [s, randomDouble(), pick([true, false, null, undefined]), other];
        // Long templates (more parts than the runtime converts in one go) now and then.
        if (rand() < 0.05) for (let k = 0; k < 40; k++) parts.push(pick([s, other, k, -0, 1e21]));
        out.push(call("template", parts, () => parts.map((p) => String(p)).join("")));
        const long = s.repeat(1 + int(12));
        out.push(call("line", [long], () => panicLine(long)));
        const bytes = Uint8Array.from({ length: int(12) }, () =>
          pick([int(0x80), 0x80 + int(0x80), 0xc0 + int(0x40), 0xe0 + int(0x10), 0xf0 + int(0x10)]),
        );
        out.push(call("utf8", [bytes], () => new TextDecoder().decode(bytes)));
        break;
      }
    }
  }
  return out;
}

/** Strings of up to 64 consecutive code points from the ranges, each code point once. */
function batches(ranges: readonly (readonly [number, number])[], wrap: (c: string) => string): string[] {
  const out: string[] = [];
  for (const [lo, hi] of ranges) {
    for (let start = lo; start <= hi; start += 64) {
      let s = "";
      for (let c = start; c < start + 64 && c <= hi; c++) s += wrap(String.fromCodePoint(c));
      out.push(s);
    }
  }
  return out;
}

export function caseMappingCases(): Case[] {
  // Every code point of the BMP and plane 1, in both directions; then each of them (and the tags and
  // variation selectors of plane 14) as the context of a Greek capital sigma (before it, between it
  // and a letter, after it), separated by spaces, which are neither cased nor case-ignorable.
  const out: Case[] = [];
  for (const s of batches([...BMP, ...SUPPLEMENTARY], (c) => c)) {
    out.push(call("toUpperCase", [s], () => s.toUpperCase()));
    out.push(call("toLowerCase", [s], () => s.toLowerCase()));
  }
  for (const wrap of [(c: string) => `Α${c}Σ `, (c: string) => `ΑΣ${c} `, (c: string) => ` ${c}Σ `]) {
    for (const s of batches([...BMP, ...SUPPLEMENTARY, [0xe0000, 0xe0fff]], wrap)) {
      out.push(call("toLowerCase", [s], () => s.toLowerCase()));
    }
  }
  return out;
}

export function numberFormatCases(count: number): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const x = randomDouble();
    const f = rand() < 0.05 ? pick([undefined, -1, 101, NaN, Infinity, 2.7]) : int(101);
    const r = rand() < 0.03 ? pick([undefined, 1, 37, 10, NaN, 2.5]) : 2 + int(35);
    switch (i % 4) {
      case 0:
        out.push(call("toFixed", [x, f], () => x.toFixed(f)));
        break;
      case 1: {
        const p = f === 0 ? undefined : f;
        out.push(call("toPrecision", [x, p], () => x.toPrecision(p)));
        break;
      }
      case 2: {
        const e = rand() < 0.2 ? undefined : f;
        out.push(call("toExponential", [x, e], () => x.toExponential(e)));
        break;
      }
      default:
        out.push(call("toString", [x, r], () => x.toString(r)));
        break;
    }
    if (i % 3 === 0) {
      const y = rand() < 0.5 ? x : Math.trunc(x) * pick([1, 1, 1e3, 2 ** 20]);
      out.push(call("String", [y], () => String(y)));
    }
  }
  for (const x of [
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    1e21,
    -1e21,
    999999999999999900000,
    0.5,
    1.5,
    2.5,
    1.005,
    5e-324,
  ]) {
    for (const f of [0, 1, 2, 20, 100]) out.push(call("toFixed", [x, f], () => x.toFixed(f)));
    for (const p of [1, 2, 21, 100]) out.push(call("toPrecision", [x, p], () => x.toPrecision(p)));
    for (const r of [2, 3, 16, 36]) out.push(call("toString", [x, r], () => x.toString(r)));
  }
  return out;
}

export function numberParseCases(count: number): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const s = randomDecimalString();
    switch (i % 3) {
      case 0:
        out.push(call("Number", [s], () => Number(s)));
        break;
      case 1:
        out.push(call("parseFloat", [s], () => parseFloat(s)));
        break;
      default: {
        const radix = rand() < 0.3 ? pick([undefined, 0, 1, 37, 16.9, -16, NaN, 10]) : 2 + int(35);
        const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const digits =
          rand() < 0.5
            ? s
            : `${pick(["", " ", "-", "+", "0x", "-0X", "\t"])}${digitString(1 + int(40), alphabet.slice(0, 2 + int(60)))}`;
        out.push(call("parseInt", [digits, radix], () => parseInt(digits, radix)));
        break;
      }
    }
  }
  for (const v of [undefined, null, true, false, 42, -0, NaN]) out.push(call("Number", [v], () => Number(v)));
  for (const v of [undefined, null, true, false, 42, -0, NaN, 1e21, 0.1, "x"])
    out.push(call("String", [v], () => String(v)));
  class Named {
    toString(): string {
      return "Named!";
    }
  }
  out.push(call("namedString", [], () => String(new Named())));
  out.push(call("plainString", [], () => String({})));
  out.push(call("literalString", [], () => String({ toString: () => "Named!" })));
  const errors = [Error, TypeError, RangeError, SyntaxError];
  errors.forEach((E, kind) => {
    for (const message of ["boom", "", undefined]) {
      out.push(call("errorString", [kind, message], () => String(new E(message))));
    }
  });
  for (const v of [1, 1.5, -0, NaN, Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53)]) {
    out.push(call("isInteger", [v], () => Number.isInteger(v)));
    out.push(call("isSafeInteger", [v], () => Number.isSafeInteger(v)));
    out.push(call("isFinite", [v], () => isFinite(v)));
    out.push(call("isNaN", [v], () => isNaN(v)));
  }
  return out;
}

// --- the test ---------------------------------------------------------------------------------------

/** The C warning flags of the project. */
export const WARNINGS = [
  "-std=c11",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wpedantic",
  "-Wshadow",
  "-Wmissing-prototypes",
  "-Wstrict-prototypes",
];
/** The string runtime's sources (runtime-c/rt). */
export const SOURCES = [
  "rt_str_bignum.c",
  "rt_str_case.c",
  "rt_str_core.c",
  "rt_str_format.c",
  "rt_str_parse.c",
  "rt_str_search.c",
];
