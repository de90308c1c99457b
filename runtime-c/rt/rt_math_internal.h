/* rt_math_internal.h: bit access to doubles and the helpers the rt_math_*.c files share.
 *
 * The Math functions reproduce V8's fdlibm-derived algorithms operation for operation, and those
 * algorithms read and write the two 32-bit halves of a double (the "high word" holds sign, exponent
 * and the top 20 significand bits). These inline helpers do that through memcpy, which is exact and
 * free of aliasing and endianness questions. Not a public header: only runtime-c/rt/rt_math_*.c and
 * rt_math.c include it.
 */
#ifndef RT_MATH_INTERNAL_H
#define RT_MATH_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "rg_math.h"

/* Every operation in these files must round once, as V8's C++ does: a fused multiply-add would change
 * last bits (measured: ~600 of 960,000 results differ when a host build with FMA contracts). GCC in ISO
 * C mode (-std=c11) never contracts, but does in GNU mode; clang contracts within expressions by
 * default. Both are told not to. (clang's -ffp-contract=fast overrides this; do not build with it.) */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

static inline uint64_t rt_math_bits(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static inline double rt_math_double(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

/* The high word: sign bit, 11 exponent bits, top 20 significand bits. */
static inline uint32_t rt_math_high(double x) {
  return (uint32_t)(rt_math_bits(x) >> 32);
}

/* The low word: the bottom 32 significand bits. */
static inline uint32_t rt_math_low(double x) {
  return (uint32_t)rt_math_bits(x);
}

static inline double rt_math_words(uint32_t high, uint32_t low) {
  return rt_math_double(((uint64_t)high << 32) | low);
}

/* x with its high word replaced. */
static inline double rt_math_with_high(double x, uint32_t high) {
  return rt_math_words(high, rt_math_low(x));
}

/* x with its low word cleared: the "head" of x, whose products with short numbers are exact. */
static inline double rt_math_head(double x) {
  return rt_math_words(rt_math_high(x), 0);
}

/* The sign bit of x (also for -0 and NaN). */
static inline int rt_math_negative(double x) {
  return (rt_math_high(x) >> 31) != 0;
}

/* The quiet NaN these functions return for invalid arguments (any NaN is Math's NaN). */
static inline double rt_math_nan(void) {
  return rt_math_double(0x7FF8000000000000ull);
}

static inline double rt_math_infinity(void) {
  return rt_math_double(0x7FF0000000000000ull);
}

/* x * 2^n, rounded once (correctly also when the result is subnormal), for -2200 < n < 2200. */
double rg_math_scale(double x, int32_t n);

/* sqrt computed in integers, as Cortex-M does it: exposed so host tests can check it against the
 * hardware instruction. */
double rg_math_sqrt_digits(double x);

#endif /* RT_MATH_INTERNAL_H */
