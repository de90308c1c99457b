/* rt_math_exact.c: the Math functions whose results are exact: rounding, sign, sqrt, fround, clz32,
 * imul, max, min, and hypot (exact steps in V8's order).
 *
 * Rounding to integers works on the bits, so it needs no libm and is the same on every target. sqrt
 * is the one correctly rounded result IEEE 754 defines: hosts use their sqrt instruction, Cortex-M
 * (no double-precision hardware) computes it digit by digit in integers. The -0 and NaN rules are
 * JavaScript's, which differ from C's fmax/fmin in places.
 */
#include <stdbool.h>
#include <stdint.h>

#include "rg_math.h"
#include "rg_rt.h"
#include "rt_math_internal.h"

#define SIGN_BIT 0x8000000000000000ull
#define FRACTION_BITS 0x000FFFFFFFFFFFFFull

double rg_math_scale(double x, int32_t n) {
  /* Step by 2^±600 while |n| is large: those steps are exact for every x the callers pass (finite
   * results of magnitude ~1), so only the last multiplication rounds. */
  while (n > 600) {
    x *= 0x1p600;
    n -= 600;
  }
  while (n < -600) {
    x *= 0x1p-600;
    n += 600;
  }
  return x * rt_math_double((uint64_t)(n + 1023) << 52);
}

double rg_math_abs(double x) {
  return rt_math_double(rt_math_bits(x) & ~SIGN_BIT);
}

double rg_math_trunc(double x) {
  uint64_t b = rt_math_bits(x);
  int32_t exponent = (int32_t)((b >> 52) & 0x7FF) - 1023;
  if (exponent >= 52) return x; /* already an integer, or infinite, or NaN */
  if (exponent < 0) return rt_math_double(b & SIGN_BIT);
  return rt_math_double(b & ~(FRACTION_BITS >> exponent));
}

double rg_math_floor(double x) {
  double t = rg_math_trunc(x);
  /* t - 1 is exact: t is an integer below 2^52 in magnitude whenever x < t. */
  return x < t ? t - 1.0 : t;
}

double rg_math_ceil(double x) {
  double t = rg_math_trunc(x);
  return x > t ? t + 1.0 : t;
}

double rg_math_round(double x) {
  /* V8's rule: take the ceiling and step down when it is more than half above x. This gives -0 for
   * x in [-0.5, -0] (the ceiling is -0) and is exact for large integers, where c - 0.5 rounds to an
   * integer not above x. NaN stays NaN. */
  double c = rg_math_ceil(x);
  return c - 0.5 <= x ? c : c - 1.0;
}

double rg_math_sign(double x) {
  if (x > 0.0) return 1.0;
  if (x < 0.0) return -1.0;
  return x; /* ±0 and NaN */
}

/* The correctly rounded square root of a positive finite nonzero x, computed in integers. */
static double sqrt_digits(double x) {
  uint64_t b = rt_math_bits(x);
  int32_t biased = (int32_t)(b >> 52);
  uint64_t m = b & FRACTION_BITS;
  if (biased == 0) {
    biased = 1; /* subnormal: normalise the significand */
    while ((m & (1ull << 52)) == 0) {
      m <<= 1;
      biased--;
    }
  } else {
    m |= 1ull << 52;
  }
  /* x = m * 2^p with an even p, m in [2^52, 2^54). */
  int32_t p = biased - 1075;
  if ((p & 1) != 0) {
    m <<= 1;
    p--;
  }
  /* root = floor(sqrt(m * 2^54)), 54 bits, found two radicand bits at a time; the remainder stays
   * below 2^56, so everything fits in 64 bits. */
  uint64_t root = 0, rem = 0;
  for (int32_t i = 53; i >= 0; i--) {
    uint64_t pair = i >= 27 ? (m >> (2 * i - 54)) & 3u : 0u;
    rem = (rem << 2) | pair;
    uint64_t trial = (root << 2) | 1u;
    root <<= 1;
    if (rem >= trial) {
      rem -= trial;
      root |= 1u;
    }
  }
  /* The 54th bit decides the rounding; a square root is never exactly halfway between two doubles,
   * so a set bit always rounds up. */
  uint64_t significand = (root >> 1) + (root & 1u);
  int32_t q = (p - 54) / 2 + 1; /* sqrt(x) = significand * 2^q */
  if (significand == (1ull << 53)) {
    significand >>= 1;
    q++;
  }
  return rt_math_double(((uint64_t)(q + 1075) << 52) | (significand & FRACTION_BITS));
}

double rg_math_sqrt_digits(double x) {
  if (x != x || x == 0.0) return x; /* NaN, ±0 */
  if (x < 0.0) return rt_math_nan();
  if (x == rt_math_infinity()) return x;
  return sqrt_digits(x);
}

double rg_math_sqrt(double x) {
  /* The hardware instruction is IEEE's sqrt, special cases included (its NaN for x < 0 has the sign bit
   * set, which is still a number's bits as rg_val sees them). */
#if defined(__x86_64__) && defined(__SSE2__)
  double r;
  __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
  return r;
#elif defined(__aarch64__)
  double r;
  __asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(x));
  return r;
#else
  return rg_math_sqrt_digits(x);
#endif
}

double rg_math_fround(double x) {
  /* Conversion to float rounds to nearest, ties to even, in hardware and in libgcc's soft-float. */
  return (double)(float)x;
}

double rg_math_clz32(double x) {
  uint32_t u = rg_rt_to_uint32(x);
  return u == 0 ? 32.0 : (double)__builtin_clz(u);
}

double rg_math_imul(double a, double b) {
  return (double)rg_rt_i32_of_u32(rg_rt_to_uint32(a) * rg_rt_to_uint32(b));
}

double rg_math_max2(double a, double b) {
  if (a != a || b != b) return rt_math_nan();
  if (a > b) return a;
  if (b > a) return b;
  return rt_math_negative(a) ? b : a; /* equal: only ±0 differ, and +0 is the larger */
}

double rg_math_min2(double a, double b) {
  if (a != a || b != b) return rt_math_nan();
  if (a < b) return a;
  if (b < a) return b;
  return rt_math_negative(a) ? a : b;
}

double rg_math_max(uint32_t argc, const rg_val *argv) {
  double r = -rt_math_infinity();
  for (uint32_t i = 0; i < argc; i++) r = rg_math_max2(r, rg_to_f64(argv[i]));
  return r;
}

double rg_math_min(uint32_t argc, const rg_val *argv) {
  double r = rt_math_infinity();
  for (uint32_t i = 0; i < argc; i++) r = rg_math_min2(r, rg_to_f64(argv[i]));
  return r;
}

/* V8's Math.hypot: every magnitude divided by the largest (no overflow), squares summed with Kahan's
 * compensation in argument order, then sqrt times the largest. */
static double hypot_sum(uint32_t n, const double *values, const rg_val *boxed) {
  bool nan = false;
  double max = 0.0;
  for (uint32_t i = 0; i < n; i++) {
    double v = values != 0 ? values[i] : rg_to_f64(boxed[i]);
    if (v != v) {
      nan = true;
    } else if (rg_math_abs(v) > max) {
      max = rg_math_abs(v);
    }
  }
  if (max == rt_math_infinity()) return max;
  if (nan) return rt_math_nan();
  if (max == 0.0) return 0.0;
  double sum = 0.0, compensation = 0.0;
  for (uint32_t i = 0; i < n; i++) {
    double v = values != 0 ? values[i] : rg_to_f64(boxed[i]);
    double scaled = rg_math_abs(v) / max;
    double summand = scaled * scaled - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return rg_math_sqrt(sum) * max;
}

double rg_math_hypot(uint32_t argc, const rg_val *argv) {
  return hypot_sum(argc, 0, argv);
}

double rg_math_hypot2(double a, double b) {
  const double values[2] = {a, b};
  return hypot_sum(2, values, 0);
}
