/* rt_str_internal.h: helpers shared by the string runtime's source files (rt_str_*.c); not public.
 *
 * Small inline helpers (argument conversions, whitespace, static one-unit strings) and the variable-size
 * big integers that exact number parsing and formatting are built on. The big integers work on word
 * arrays the caller provides (on its stack, or heap scratch for long inputs), so nothing here allocates.
 */
#ifndef RT_STR_INTERNAL_H
#define RT_STR_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "rg_str.h"
#include "rg_val.h"

/* V8's longest string (code units) on 64-bit hosts; results longer than this throw as in Node. */
#define RG_STR_MAX_LENGTH 536870888u

/* ECMAScript ToIntegerOrInfinity of a number: NaN gives 0, otherwise truncation toward zero. */
double rg_str_to_integer(double v);

/* ToIntegerOrInfinity of an optional number argument: `fallback` when undefined. */
static inline double rg_str_arg_integer(rg_val v, double fallback) {
  return rg_is_undefined(v) ? fallback : rg_str_to_integer(rg_to_f64(v));
}

/* An integer-valued double clamped into [lo, hi]. */
static inline uint32_t rg_str_clamp(double v, uint32_t lo, uint32_t hi) {
  if (v <= (double)lo) return lo;
  if (v >= (double)hi) return hi;
  return (uint32_t)v;
}

/* JavaScript's WhiteSpace or LineTerminator code unit (trim, StringToNumber, parseInt). */
bool rg_str_is_space(uint16_t u);

/* A string of units[from, from + length) of s (s itself for the whole, static strings for empty and
 * one-unit ASCII results). */
rg_val rg_str_sub(rg_ctx_t *cx, rg_val s, uint32_t from, uint32_t length);

/* The static one-unit string for an ASCII unit (u < 128), or an allocated one otherwise. */
rg_val rg_str_unit(rg_ctx_t *cx, uint16_t u);

/* A string from len ASCII bytes. */
rg_val rg_str_from_ascii(rg_ctx_t *cx, const char *text, uint32_t len);

/* Index of the first occurrence of needle in hay at or after from, or -1. */
int64_t rg_str_find(const rg_str_t *hay, const rg_str_t *needle, uint32_t from);

/* Throws RangeError "<prefix><number as ToString>". */
_Noreturn void rg_str_range_error_num(rg_ctx_t *cx, const char *prefix, double v);

/* --- big integers --------------------------------------------------------------------------------- */

/* A non-negative integer in little-endian 32-bit words w[0..n) (w[n-1] != 0, or n == 0 for zero), with
 * room for cap words. Operations never grow past cap: callers size cap for the largest value. */
typedef struct {
  uint32_t *w;
  uint32_t n;
  uint32_t cap;
} rg_str_bn_t;

void rg_str_bn_init(rg_str_bn_t *a, uint32_t *words, uint32_t cap);
void rg_str_bn_set_u64(rg_str_bn_t *a, uint64_t v);
void rg_str_bn_copy(rg_str_bn_t *dst, const rg_str_bn_t *src);
/* a = a * m + add. */
void rg_str_bn_mul_add_small(rg_str_bn_t *a, uint32_t m, uint32_t add);
/* a *= 10^e. */
void rg_str_bn_mul_pow10(rg_str_bn_t *a, uint32_t e);
/* a <<= bits. */
void rg_str_bn_shl(rg_str_bn_t *a, uint32_t bits);
/* a >>= bits; returns whether any 1 bit was shifted out (sticky). */
bool rg_str_bn_shr(rg_str_bn_t *a, uint32_t bits);
/* Bit i of a. */
bool rg_str_bn_bit(const rg_str_bn_t *a, uint32_t i);
/* a /= d (d > 0); returns the remainder. */
uint32_t rg_str_bn_div_small(rg_str_bn_t *a, uint32_t d);
/* -1, 0, 1. */
int rg_str_bn_cmp(const rg_str_bn_t *a, const rg_str_bn_t *b);
/* a -= b, a >= b. */
void rg_str_bn_sub(rg_str_bn_t *a, const rg_str_bn_t *b);
/* Number of significant bits (0 for zero). */
uint32_t rg_str_bn_bit_length(const rg_str_bn_t *a);
/* The low 64 bits. */
uint64_t rg_str_bn_low64(const rg_str_bn_t *a);
/* Bits from..from+63 of a (a >> from, truncated to 64 bits). */
uint64_t rg_str_bn_bits(const rg_str_bn_t *a, uint32_t from);
/* num /= den, for a quotient below 2^64: returns the quotient and leaves the remainder in num. tmp is
 * scratch as large as num. */
uint64_t rg_str_bn_div(rg_str_bn_t *num, const rg_str_bn_t *den, rg_str_bn_t *tmp);
/* Writes the decimal digits of a (destroying it) most significant first into out (no NUL); returns the
 * digit count ("0" for zero). out must hold 10 * a->n digits. */
uint32_t rg_str_bn_to_decimal(rg_str_bn_t *a, char *out);

#endif /* RT_STR_INTERNAL_H */
