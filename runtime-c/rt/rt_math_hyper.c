/* rt_math_hyper.c: Math.sinh, cosh, tanh, asinh, acosh, atanh, as V8 computes them.
 *
 * All six are built on expm1, exp, log and log1p (rt_math_explog.c) with the same case splits as V8:
 * near 0 the expm1/log1p forms keep the small results accurate, in the middle the textbook formulas
 * are stable, and for large |x| the result is exp(|x|)/2 (computed as two halves near overflow) or
 * log(2|x|). sinh and cosh are V8's own variants of fdlibm's.
 */
#include <stdint.h>

#include "rg_math.h"
#include "rt_math_internal.h"

static const double ln2 = 0x1.62e42fefa39efp-1;

/* Largest |x| whose sinh and cosh are finite, and the last |x| where exp(|x|) is finite. */
static const double overflow_limit = 0x1.633ce8fb9f87dp9; /* 710.4758600739439 */
static const double log_max = 0x1.62e42p9;                /* 709.7822265625 */

double rg_math_sinh(double x) {
  double h = x < 0.0 ? -0.5 : 0.5;
  double ax = rg_math_abs(x);
  if (ax < 22.0) {
    if (ax < 0x1p-28) return x;
    double t = rg_math_expm1(ax);
    if (ax < 1.0) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ax < log_max) return h * rg_math_exp(ax);
  if (ax <= overflow_limit) {
    double w = rg_math_exp(0.5 * ax);
    double t = h * w;
    return t * w;
  }
  return x * 0x1p1023; /* ±Infinity, or NaN */
}

double rg_math_cosh(double x) {
  uint32_t ix = rt_math_high(x) & 0x7FFFFFFF;
  double ax = rg_math_abs(x);
  if (ix < 0x3FD62E43) { /* |x| < ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|)) */
    double t = rg_math_expm1(ax);
    double w = 1.0 + t;
    if (ix < 0x3C800000) return w;
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { /* |x| < 22 */
    double t = rg_math_exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862E42) return 0.5 * rg_math_exp(ax);
  if (ax <= overflow_limit) {
    double w = rg_math_exp(0.5 * ax);
    double t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7FF00000) return x * x; /* Infinity, NaN */
  return rt_math_infinity();
}

double rg_math_tanh(double x) {
  uint32_t hx = rt_math_high(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  int negative = (hx >> 31) != 0;
  if (ix >= 0x7FF00000) {
    if (x != x) return x;
    return negative ? -1.0 : 1.0;
  }
  double z;
  if (ix < 0x40360000) {                 /* |x| < 22 */
    if (ix < 0x3E300000) return x;       /* |x| < 2^-28 */
    if (ix >= 0x3FF00000) {              /* |x| >= 1 */
      double t = rg_math_expm1(2.0 * rg_math_abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      double t = rg_math_expm1(-2.0 * rg_math_abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0; /* 1 - tiny rounds to 1 */
  }
  return negative ? -z : z;
}

double rg_math_asinh(double x) {
  uint32_t hx = rt_math_high(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return x + x; /* ±Infinity, NaN */
  if (ix < 0x3E300000) return x;      /* |x| < 2^-28 */
  double w;
  if (ix > 0x41B00000) { /* |x| > 2^28: log(2|x|) */
    w = rg_math_log(rg_math_abs(x)) + ln2;
  } else if (ix > 0x40000000) { /* 2 < |x| <= 2^28 */
    double t = rg_math_abs(x);
    w = rg_math_log(2.0 * t + 1.0 / (rg_math_sqrt(x * x + 1.0) + t));
  } else {
    double t = x * x;
    w = rg_math_log1p(rg_math_abs(x) + t / (1.0 + rg_math_sqrt(1.0 + t)));
  }
  return (hx >> 31) != 0 ? -w : w;
}

double rg_math_acosh(double x) {
  uint32_t hx = rt_math_high(x), lx = rt_math_low(x);
  if (hx < 0x3FF00000 || (hx >> 31) != 0) return x != x ? x : rt_math_nan(); /* x < 1 */
  if (hx >= 0x41B00000) {                                                    /* x >= 2^28 */
    if (hx >= 0x7FF00000) return x + x;
    return rg_math_log(x) + ln2;
  }
  if (hx == 0x3FF00000 && lx == 0) return 0.0;
  if (hx > 0x40000000) { /* 2 < x < 2^28 */
    double t = x * x;
    return rg_math_log(2.0 * x - 1.0 / (x + rg_math_sqrt(t - 1.0)));
  }
  double t = x - 1.0; /* 1 < x <= 2 */
  return rg_math_log1p(t + rg_math_sqrt(2.0 * t + t * t));
}

double rg_math_atanh(double x) {
  uint32_t hx = rt_math_high(x), lx = rt_math_low(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  if (ix > 0x3FF00000 || (ix == 0x3FF00000 && lx != 0)) return x != x ? x : rt_math_nan();
  if (ix == 0x3FF00000) return (hx >> 31) != 0 ? -rt_math_infinity() : rt_math_infinity();
  if (ix < 0x3E300000) return x; /* |x| < 2^-28 */
  double ax = rt_math_with_high(x, ix);
  double t;
  if (ix < 0x3FE00000) { /* |x| < 0.5 */
    t = ax + ax;
    t = 0.5 * rg_math_log1p(t + t * ax / (1.0 - ax));
  } else {
    t = 0.5 * rg_math_log1p((ax + ax) / (1.0 - ax));
  }
  return (hx >> 31) != 0 ? -t : t;
}
