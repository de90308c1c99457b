/* rg_str.h: strings and number <-> string conversions for compiled regen apps.
 *
 * A string is an immutable sequence of UTF-16 code units (rg_str_t in rg_val.h), as in JavaScript: lone
 * surrogates are allowed, `length` and indexes count code units. Heap strings come from rg_alloc (type
 * RG_TYPE_STRING); literals are static objects the compiler emits with the same layout. The runtime also
 * keeps a few static strings of its own (the empty string, "undefined", "null", "true", "false", and
 * every one-unit ASCII string), so common results do not allocate.
 *
 * Every function that implements a method or a function of the subset's library (compiler/lib/
 * es-string.d.ts, es-number.d.ts) is named and typed by the convention of the issue-4 contract:
 * `rg_str_<method>(cx, self, params)` for String methods, `rg_num_<method>(cx, double self, ...)` for
 * Number methods, `rg_string_*`, `rg_number_*` and `rg_global_*` for statics and globals; a required
 * `number` parameter is a double, a required `boolean` a bool, everything else (and every optional
 * parameter) an rg_val, RG_UNDEFINED when omitted. All of them take cx, even the few that neither
 * allocate nor throw, so the compiler can call every one the same way; the helpers at the top say when
 * they need no cx. Values passed as `self` or as `string` parameters must be strings.
 *
 * Errors: functions that JavaScript lets throw (repeat, toFixed, toPrecision, toString(radix),
 * String.fromCodePoint) throw a RangeError through rg_throw_error (rg_throw.h), as V8 does, with V8's
 * message. Out of memory ends the app (rg_alloc). Nothing here keeps mutable globals or calls stateful
 * libc; number parsing and formatting are exact (big-integer arithmetic, no strtod/printf), so results
 * are identical to Node's on every board. Stack: toPrecision/toExponential/toFixed use up to about
 * 700 bytes, parsing about 600 (inputs needing more big-integer room take it from the heap).
 * Speed (host, -O2): short decimals parse in 10-20 ns; text needing the exact big-integer path (more
 * than 15 significant digits, or exponents beyond 10^±22) in 0.1 us (0.30000000000000004) to 3 us
 * (1e-300).
 */
#ifndef RG_STR_H
#define RG_STR_H

#include <stdbool.h>
#include <stdint.h>

#include "rg_rt.h"
#include "rg_val.h"

/* The Number constants (es-number.d.ts declares them as values; the compiler emits these). */
#define RG_NUMBER_MAX_SAFE_INTEGER 9007199254740991.0
#define RG_NUMBER_MIN_SAFE_INTEGER (-9007199254740991.0)
#define RG_NUMBER_MAX_VALUE 1.7976931348623157e308
#define RG_NUMBER_MIN_VALUE 5e-324
#define RG_NUMBER_EPSILON 2.220446049250313e-16
#define RG_NUMBER_POSITIVE_INFINITY (1.0 / 0.0)
#define RG_NUMBER_NEGATIVE_INFINITY (-1.0 / 0.0)
#define RG_NUMBER_NAN (0.0 / 0.0)

/* --- strings as C data ------------------------------------------------------------------------ */

/* True when v is a string (heap or static). No cx. */
static inline bool rg_is_str(rg_val v) { return rg_is_ptr(v) && rg_type_of(v) == RG_TYPE_STRING; }

/* The string object of a value known to be a string. No cx. */
static inline const rg_str_t *rg_str_of(rg_val s) { return (const rg_str_t *)rg_to_ptr(s); }

/* A new heap string of `length` code units, all 0, for the caller to fill before anyone else sees it
 * (its value is rg_ptr(result)). Every function that makes a string longer than V8's limit (2^29 - 24
 * units) throws RangeError "Invalid string length", as Node does. */
rg_str_t *rg_str_new(rg_ctx_t *cx, uint32_t length);

/* A string from len bytes of UTF-8 text. Malformed sequences become U+FFFD (one per maximal invalid
 * subpart, as TextDecoder does); code points above U+FFFF become surrogate pairs. */
rg_val rg_str_from_utf8(rg_ctx_t *cx, const char *text, uint32_t len);

/* A string from a NUL-terminated UTF-8 C string. */
rg_val rg_str_from_cstr(rg_ctx_t *cx, const char *text);

/* A string copying length code units. */
rg_val rg_str_from_units(rg_ctx_t *cx, const uint16_t *units, uint32_t length);

/* The empty string (static, never allocates). No cx. */
rg_val rg_str_empty(void);

/* Writes s as UTF-8 into out (at most cap - 1 bytes, never splitting a character, then a NUL); lone
 * surrogates become U+FFFD as Node prints them. Returns the bytes written (without the NUL). No cx, no
 * allocation: usable when the heap is exhausted (error messages). */
uint32_t rg_str_utf8(rg_val s, char *out, uint32_t cap);

/* Appends s to a console line as UTF-8 (lone surrogates as U+FFFD, as Node prints them). No cx. */
void rg_rt_line_str(rg_rt_line_t *line, rg_val s);

/* --- operators ---------------------------------------------------------------------------------- */

/* a + b on two strings; also the method `a.concat(b)` (the subset's concat takes one string). Returns
 * a or b itself when the other is empty. */
rg_val rg_str_concat(rg_ctx_t *cx, rg_val a, rg_val b);

/* A template literal or a chain of `+`: ToString of each of the argc values, concatenated with one
 * allocation. */
rg_val rg_str_template(rg_ctx_t *cx, uint32_t argc, const rg_val *argv);

/* ECMAScript ToString(v): numbers exactly as Number::toString, "true"/"false", "null", "undefined",
 * strings themselves; arrays and typed arrays through rg_arr_join / rg_typed_join (rg_coll.h,
 * separator ","); class instances whose class has (or inherits) a toString() method through it; Errors
 * as Error.prototype.toString ("Name: message"); Map "[object Map]", Set "[object Set]", promises
 * "[object Promise]", functions "function () { [native code] }" (Node would print their source),
 * other objects "[object Object]". */
rg_val rg_to_string(rg_ctx_t *cx, rg_val v);

/* String(x) in the subset (same as rg_to_string). */
rg_val rg_global_string(rg_ctx_t *cx, rg_val v);

/* ToString of a number (radix 10). */
rg_val rg_str_from_number(rg_ctx_t *cx, double v);

/* Compares two strings by code units as JavaScript's `<`: negative, 0 or positive. No cx. */
int32_t rg_str_compare(rg_val a, rg_val b);

/* Equal contents (JavaScript `===` on two strings). No cx. */
bool rg_str_equals(rg_val a, rg_val b);

/* A 32-bit hash of the contents (FNV-1a over the code units), for Map and Set keys: equal strings have
 * equal hashes. No cx. */
uint32_t rg_str_hash(rg_val s);

/* s.length. No cx. */
static inline double rg_str_length(rg_val s) { return (double)rg_str_of(s)->length; }

/* s[i]: the one-unit string at index i, or undefined when i is not an integer index below the length. */
rg_val rg_str_at_index(rg_ctx_t *cx, rg_val s, double index);

/* for...of over a string: the string of the code point at *pos (a surrogate pair, or one unit) and
 * *pos advanced past it; undefined when *pos is at the end. */
rg_val rg_str_next_code_point(rg_ctx_t *cx, rg_val s, uint32_t *pos);

/* --- String methods (es-string.d.ts) ------------------------------------------------------------ */

rg_val rg_str_char_at(rg_ctx_t *cx, rg_val self, double pos);
/* NaN outside the string. Inline: parsers call it in their inner loops. */
static inline double rg_str_char_code_at(rg_ctx_t *cx, rg_val self, double index) {
  (void)cx;
  const rg_str_t *s = rg_str_of(self);
#if defined(__SOFTFP__)
  /* Without an FPU an integer index is read from its bits, not with soft-float compares (rg_rt.h). */
  uint64_t bits;
  __builtin_memcpy(&bits, &index, sizeof bits);
  uint32_t i = rg_rt_u32_of_bits(bits);
  if (i < s->length) return (double)s->units[i];
#endif
  if (index >= 0 && index < (double)s->length) return (double)s->units[(uint32_t)index];
  /* ToIntegerOrInfinity: NaN and (-1, 0) mean 0. */
  if ((index != index || (index > -1 && index < 0)) && s->length > 0) return (double)s->units[0];
  return RG_NUMBER_NAN;
}
/* A number, or undefined outside the string. */
rg_val rg_str_code_point_at(rg_ctx_t *cx, rg_val self, double pos);
/* Negative indexes count from the end; undefined outside. */
rg_val rg_str_at(rg_ctx_t *cx, rg_val self, double index);
double rg_str_index_of(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position);
double rg_str_last_index_of(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position);
bool rg_str_includes(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position);
bool rg_str_starts_with(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position);
bool rg_str_ends_with(rg_ctx_t *cx, rg_val self, rg_val search, rg_val end_position);
rg_val rg_str_slice(rg_ctx_t *cx, rg_val self, rg_val start, rg_val end);
rg_val rg_str_substring(rg_ctx_t *cx, rg_val self, double start, rg_val end);
rg_val rg_str_substr(rg_ctx_t *cx, rg_val self, double from, rg_val length);
/* A string[] (rg_array_t of strings). separator undefined: [self]; "": one string per code unit. */
rg_val rg_str_split(rg_ctx_t *cx, rg_val self, rg_val separator, rg_val limit);
/* JavaScript's whitespace and line terminators (U+0009-000D, 0020, 00A0, 1680, 2000-200A, 2028, 2029,
 * 202F, 205F, 3000, FEFF). */
rg_val rg_str_trim(rg_ctx_t *cx, rg_val self);
rg_val rg_str_trim_start(rg_ctx_t *cx, rg_val self);
rg_val rg_str_trim_end(rg_ctx_t *cx, rg_val self);
/* Case mapping exactly as Node's (ICU root locale; tables from Node 20.20, Unicode 17) for every
 * code point, including the one-to-many mappings (ß -> SS, İ -> i̇, ŉ, ǰ, ΐ, ᾳ -> ΑΙ...) and Greek
 * final sigma in context (Σ at the end of a word lowercases to ς). No locale-specific rules (Turkish
 * i...), as in Node. Returns self when nothing changes. */
rg_val rg_str_to_upper_case(rg_ctx_t *cx, rg_val self);
rg_val rg_str_to_lower_case(rg_ctx_t *cx, rg_val self);
/* fill undefined: " "; an empty fill returns self. */
rg_val rg_str_pad_start(rg_ctx_t *cx, rg_val self, double max_length, rg_val fill);
rg_val rg_str_pad_end(rg_ctx_t *cx, rg_val self, double max_length, rg_val fill);
/* RangeError "Invalid count value: <count>" for a negative or infinite count, "Invalid string length"
 * when the result would exceed 2^29 - 24 units (V8's limit). */
rg_val rg_str_repeat(rg_ctx_t *cx, rg_val self, double count);
/* String patterns only; the replacement understands $$, $&, $` and $' as JavaScript's does. */
rg_val rg_str_replace(rg_ctx_t *cx, rg_val self, rg_val pattern, rg_val replacement);
rg_val rg_str_replace_all(rg_ctx_t *cx, rg_val self, rg_val pattern, rg_val replacement);
/* s.toString() and s.valueOf(): self. */
rg_val rg_str_to_string(rg_ctx_t *cx, rg_val self);
rg_val rg_str_value_of(rg_ctx_t *cx, rg_val self);

/* String.fromCharCode(...codes): each code through ToUint16. */
rg_val rg_string_from_char_code(rg_ctx_t *cx, uint32_t argc, const rg_val *argv);
/* String.fromCodePoint(...points): RangeError "Invalid code point <x>" for non-integers and values
 * outside 0..0x10FFFF. */
rg_val rg_string_from_code_point(rg_ctx_t *cx, uint32_t argc, const rg_val *argv);

/* --- Number methods (es-number.d.ts) ------------------------------------------------------------- */

/* toString(radix): radix 10 (or undefined) as Number::toString, otherwise exactly V8's
 * DoubleToRadixCString (digits up to the input's precision, round half to even). RangeError
 * "toString() radix argument must be between 2 and 36". */
rg_val rg_num_to_string(rg_ctx_t *cx, double self, rg_val radix);
/* toFixed(digits): exact decimal, ties away from zero; |x| >= 1e21 gives ToString(x). RangeError
 * "toFixed() digits argument must be between 0 and 100". */
rg_val rg_num_to_fixed(rg_ctx_t *cx, double self, rg_val digits);
/* toPrecision(p): undefined gives ToString(x). RangeError "toPrecision() argument must be between 1 and
 * 100". */
rg_val rg_num_to_precision(rg_ctx_t *cx, double self, rg_val precision);
/* toExponential(f): undefined gives as many digits as needed to round-trip. RangeError
 * "toExponential() argument must be between 0 and 100". */
rg_val rg_num_to_exponential(rg_ctx_t *cx, double self, rg_val digits);
/* n.valueOf(). */
double rg_num_value_of(rg_ctx_t *cx, double self);

/* --- parsing ------------------------------------------------------------------------------------- */

/* Number(v): ECMAScript ToNumber. Strings by StringToNumber (whitespace trimmed, "" is 0, 0x/0o/0b
 * prefixes, Infinity, decimal literals correctly rounded); undefined NaN; null 0; booleans 0/1; arrays
 * through their ToString; other objects NaN. */
double rg_global_number(rg_ctx_t *cx, rg_val v);
/* StringToNumber of a string value. cx: long inputs borrow heap scratch for the big-integer work. */
double rg_str_to_number(rg_ctx_t *cx, rg_val s);
/* parseFloat(s) / Number.parseFloat: the longest decimal prefix after leading whitespace. */
double rg_global_parse_float(rg_ctx_t *cx, rg_val s);
double rg_number_parse_float(rg_ctx_t *cx, rg_val s);
/* parseInt(s, radix) / Number.parseInt: radix undefined or 0 means 10 (16 with a 0x prefix); exact for
 * radixes 2, 4, 8, 10, 16, 32, and V8's own approximation for the others. */
double rg_global_parse_int(rg_ctx_t *cx, rg_val s, rg_val radix);
double rg_number_parse_int(rg_ctx_t *cx, rg_val s, rg_val radix);

/* isNaN / isFinite (globals, on numbers) and the Number statics. */
bool rg_global_is_nan(rg_ctx_t *cx, double v);
bool rg_global_is_finite(rg_ctx_t *cx, double v);
bool rg_number_is_nan(rg_ctx_t *cx, double v);
bool rg_number_is_finite(rg_ctx_t *cx, double v);
bool rg_number_is_integer(rg_ctx_t *cx, double v);
bool rg_number_is_safe_integer(rg_ctx_t *cx, double v);

#endif /* RG_STR_H */
