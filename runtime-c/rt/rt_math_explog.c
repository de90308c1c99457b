/* rt_math_explog.c: Math.exp, Math.expm1, Math.log, Math.log1p, Math.log2, Math.log10 as V8
 * computes them (fdlibm, log2 from FreeBSD's msun).
 *
 * exp and expm1 reduce x = k ln2 + r with |r| <= ln2/2 (ln2 in a 32-bit head, so k * head is exact,
 * and a tail) and evaluate a rational form in r whose polynomial part has degree 5 in r^2; the result
 * is scaled by 2^k through the exponent bits. The logarithms split x = 2^k (1 + f) with 1 + f in
 * [sqrt(2)/2, sqrt(2)), use s = f/(2 + f) and a degree-14 polynomial in s, and add k ln2 in two
 * pieces. V8's special cases are kept (exp(1) is exactly Math.E, log2 and log10 of 1 are +0).
 */
#include <stdint.h>

#include "rg_math.h"
#include "rt_math_internal.h"

static const double ln2_hi = 0x1.62e42feep-1;      /* ln 2 to 32 bits: k * ln2_hi is exact */
static const double ln2_lo = 0x1.a39ef35793c76p-33; /* ln 2 - ln2_hi */
static const double inv_ln2 = 0x1.71547652b82fep0;
static const double o_threshold = 0x1.62e42fefa39efp9; /* above: exp overflows */
static const double two54 = 0x1p54;

/* 2^k as a double, for -1022 <= k <= 1023. */
static double pow2(int32_t k) {
  return rt_math_words((uint32_t)(0x3FF00000 + k * 0x100000), 0);
}

double rg_math_exp(double x) {
  static const double u_threshold = -0x1.74910d52d3051p9; /* below: exp underflows to 0 */
  static const double p1 = 0x1.555555555553ep-3, p2 = -0x1.6c16c16bebd93p-9,
                      p3 = 0x1.1566aaf25de2cp-14, p4 = -0x1.bbd41c5d26bf1p-20,
                      p5 = 0x1.6376972bea4dp-25;
  uint32_t hx = rt_math_high(x);
  int negative = (hx >> 31) != 0;
  hx &= 0x7FFFFFFF;
  if (hx >= 0x40862E42) { /* |x| >= 709.78 */
    if (hx >= 0x7FF00000) {
      if (x != x) return x;
      return negative ? 0.0 : x; /* exp(-Infinity) = 0, exp(Infinity) = Infinity */
    }
    if (x > o_threshold) return rt_math_infinity();
    if (x < u_threshold) return 0.0;
  }
  double hi = 0.0, lo = 0.0;
  int32_t k = 0;
  if (hx > 0x3FD62E42) {   /* |x| > ln2/2 */
    if (hx < 0x3FF0A2B2) { /* and |x| < 1.5 ln2: k is ±1 */
      /* V8 returns Math.E for exp(1): the general path would be one ulp off. */
      if (x == 1.0) return 0x1.5bf0a8b145769p1;
      hi = negative ? x + ln2_hi : x - ln2_hi;
      lo = negative ? -ln2_lo : ln2_lo;
      k = negative ? -1 : 1;
    } else {
      k = (int32_t)(inv_ln2 * x + (negative ? -0.5 : 0.5));
      double t = (double)k;
      hi = x - t * ln2_hi;
      lo = t * ln2_lo;
    }
    x = hi - lo;
  } else if (hx < 0x3E300000) { /* |x| < 2^-28 */
    return 1.0 + x;
  }
  /* exp(r) = 1 + r + r c(r) / (2 - c(r)), c(r) = r - r^2 P(r^2). */
  double t = x * x;
  double c = x - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k == 1024) return y * 2.0 * 0x1p1023;
    return y * pow2(k);
  }
  return y * pow2(k + 1000) * 0x1p-1000; /* subnormal result: one rounding, in the last step */
}

double rg_math_expm1(double x) {
  /* Q1..Q5 of fdlibm scaled by 2^i, for a polynomial in x^2/2. */
  static const double q1 = -0x1.11111111110f4p-5, q2 = 0x1.a01a019fe5585p-10,
                      q3 = -0x1.4ce199eaadbb7p-14, q4 = 0x1.0cfca86e65239p-18,
                      q5 = -0x1.afdb76e09c32dp-23;
  uint32_t hx = rt_math_high(x);
  int negative = (hx >> 31) != 0;
  hx &= 0x7FFFFFFF;
  if (hx >= 0x4043687A) {   /* |x| >= 56 ln2 */
    if (hx >= 0x40862E42) { /* |x| >= 709.78 */
      if (hx >= 0x7FF00000) {
        if (x != x) return x;
        return negative ? -1.0 : x;
      }
      if (x > o_threshold) return rt_math_infinity();
    }
    if (negative) return -1.0; /* e^x is below half an ulp of 1 */
  }
  double hi, lo, c = 0.0;
  int32_t k;
  if (hx > 0x3FD62E42) {   /* |x| > ln2/2 */
    if (hx < 0x3FF0A2B2) { /* and |x| < 1.5 ln2 */
      if (!negative) {
        hi = x - ln2_hi;
        lo = ln2_lo;
        k = 1;
      } else {
        hi = x + ln2_hi;
        lo = -ln2_lo;
        k = -1;
      }
    } else {
      k = (int32_t)(inv_ln2 * x + (negative ? -0.5 : 0.5));
      double t = (double)k;
      hi = x - t * ln2_hi;
      lo = t * ln2_lo;
    }
    x = hi - lo;
    c = (hi - x) - lo; /* what the rounding of hi - lo lost */
  } else if (hx < 0x3C900000) { /* |x| < 2^-54 */
    return x;
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1.0 + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))));
  double t = 3.0 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  double y;
  if (k <= -2 || k > 56) { /* 2^k (1 + r) - 1 is accurate enough */
    y = 1.0 - (e - x);
    y = k == 1024 ? y * 2.0 * 0x1p1023 : y * pow2(k);
    return y - 1.0;
  }
  if (k < 20) {
    double t1 = rt_math_words(0x3FF00000 - (0x200000u >> k), 0); /* 1 - 2^-k */
    y = t1 - (e - x);
    return y * pow2(k);
  }
  double t2 = rt_math_words((uint32_t)(0x3FF - k) << 20, 0); /* 2^-k */
  y = x - (e + t2);
  y += 1.0;
  return y * pow2(k);
}

/* Polynomial coefficients of log(1 + f) = f - f^2/2 + s (f^2/2 + R(s^2)), s = f/(2 + f). */
static const double lg1 = 0x1.5555555555593p-1, lg2 = 0x1.999999997fa04p-2, lg3 = 0x1.2492494229359p-2,
                    lg4 = 0x1.c71c51d8e78afp-3, lg5 = 0x1.7466496cb03dep-3, lg6 = 0x1.39a09d078c69fp-3,
                    lg7 = 0x1.2f112df3e5244p-3;

double rg_math_log(double x) {
  uint32_t hx = rt_math_high(x), lx = rt_math_low(x);
  int32_t k = 0;
  if (hx < 0x00100000 || (hx >> 31) != 0) { /* x < 2^-1022, or negative */
    if (((hx & 0x7FFFFFFF) | lx) == 0) return -rt_math_infinity(); /* log(±0) */
    if ((hx >> 31) != 0) return x != x ? x : rt_math_nan();        /* log(x < 0) */
    k -= 54; /* subnormal: scale up */
    x *= two54;
    hx = rt_math_high(x);
  }
  if (hx >= 0x7FF00000) return x + x; /* Infinity, NaN */
  k += (int32_t)(hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  /* Normalise the significand into [sqrt(2)/2, sqrt(2)): i is 0x100000 when it is above sqrt(2). */
  uint32_t i = (hx + 0x95F64) & 0x100000;
  x = rt_math_with_high(x, hx | (i ^ 0x3FF00000));
  k += (int32_t)(i >> 20);
  double f = x - 1.0;
  double dk = (double)k;
  if ((0x000FFFFF & (2 + hx)) < 3) { /* -2^-20 <= f < 2^-20 */
    if (f == 0.0) return k == 0 ? 0.0 : dk * ln2_hi + dk * ln2_lo;
    double r = f * f * (0.5 - 0x1.5555555555555p-2 * f);
    if (k == 0) return f - r;
    return dk * ln2_hi - ((r - dk * ln2_lo) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  int32_t lower = (int32_t)hx - 0x6147A;
  double w = z * z;
  int32_t upper = 0x6B851 - (int32_t)hx;
  double t1 = w * (lg2 + w * (lg4 + w * lg6));
  double t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
  double r = t2 + t1;
  if ((lower | upper) > 0) { /* f far from 0: the form with f^2/2 split out is more accurate */
    double hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + r));
    return dk * ln2_hi - ((hfsq - (s * (hfsq + r) + dk * ln2_lo)) - f);
  }
  if (k == 0) return f - s * (f - r);
  return dk * ln2_hi - ((s * (f - r) - dk * ln2_lo) - f);
}

double rg_math_log1p(double x) {
  uint32_t hx = rt_math_high(x);
  uint32_t ax = hx & 0x7FFFFFFF;
  int negative = (hx >> 31) != 0;
  int32_t k = 1;
  double f = 0.0, c = 0.0;
  uint32_t hu = 0;
  if (negative || hx < 0x3FDA827A) { /* 1 + x < sqrt(2) */
    if (negative && ax >= 0x3FF00000) { /* x <= -1 */
      if (x == -1.0) return -rt_math_infinity();
      return x != x ? x : rt_math_nan();
    }
    if (ax < 0x3E200000) {               /* |x| < 2^-29 */
      if (ax < 0x3C900000) return x;     /* |x| < 2^-54 */
      return x - x * x * 0.5;
    }
    if (!negative || ax <= 0x3FD2BEC4) { /* sqrt(2)/2 <= 1 + x < sqrt(2): f = x exactly */
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (!negative && hx >= 0x7FF00000) return x + x; /* Infinity, NaN */
  if (k != 0) {
    double u;
    if (hx < 0x43400000 || negative) { /* x < 2^53: 1 + x rounds; keep the error in c */
      u = 1.0 + x;
      hu = rt_math_high(u);
      k = (int32_t)(hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = rt_math_high(u);
      k = (int32_t)(hu >> 20) - 1023;
      c = 0.0;
    }
    hu &= 0x000FFFFF;
    if (hu < 0x6A09E) { /* significand < sqrt(2) */
      u = rt_math_with_high(u, hu | 0x3FF00000);
    } else {
      k += 1;
      u = rt_math_with_high(u, hu | 0x3FE00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double dk = (double)k;
  if (hu == 0) { /* |f| < 2^-20 */
    if (f == 0.0) {
      if (k == 0) return 0.0;
      c += dk * ln2_lo;
      return dk * ln2_hi + c;
    }
    double r = hfsq * (1.0 - 0x1.5555555555555p-1 * f);
    if (k == 0) return f - r;
    return dk * ln2_hi - ((r - (dk * ln2_lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double r = z * (lg1 + z * (lg2 + z * (lg3 + z * (lg4 + z * (lg5 + z * (lg6 + z * lg7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + r));
  return dk * ln2_hi - ((hfsq - (s * (hfsq + r) + (dk * ln2_lo + c))) - f);
}

/* log(1 + f) - f + f^2/2 for 1 + f in [sqrt(2)/2, sqrt(2)): the part log2 adds separately. */
static double log1p_tail(double f) {
  double s = f / (2.0 + f);
  double z = s * s;
  double w = z * z;
  double t1 = w * (lg2 + w * (lg4 + w * lg6));
  double t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
  double r = t2 + t1;
  double hfsq = 0.5 * f * f;
  return s * (hfsq + r);
}

double rg_math_log2(double x) {
  static const double inv_ln2_hi = 0x1.71547652p0, inv_ln2_lo = 0x1.705fc2eefa2p-33;
  uint32_t hx = rt_math_high(x), lx = rt_math_low(x);
  int32_t k = 0;
  if (hx < 0x00100000 || (hx >> 31) != 0) {
    if (((hx & 0x7FFFFFFF) | lx) == 0) return -rt_math_infinity();
    if ((hx >> 31) != 0) return x != x ? x : rt_math_nan();
    k -= 54;
    x *= two54;
    hx = rt_math_high(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0.0;
  k += (int32_t)(hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  uint32_t i = (hx + 0x95F64) & 0x100000;
  x = rt_math_with_high(x, hx | (i ^ 0x3FF00000));
  k += (int32_t)(i >> 20);
  double y = (double)k;
  double f = x - 1.0;
  double hfsq = 0.5 * f * f;
  double r = log1p_tail(f);
  /* f - hfsq as hi + lo (hi with a cleared low word), multiplied by 1/ln2 in two pieces, then k added
   * with the rounding error kept: the extra precision log2 needs near 1 and near powers of 2. */
  double hi = rt_math_head(f - hfsq);
  double lo = (f - hi) - hfsq + r;
  double val_hi = hi * inv_ln2_hi;
  double val_lo = (lo + hi) * inv_ln2_lo + lo * inv_ln2_hi;
  double w = y + val_hi;
  val_lo += (y - w) + val_hi;
  val_hi = w;
  return val_lo + val_hi;
}

double rg_math_log10(double x) {
  static const double inv_ln10 = 0x1.bcb7b1526e50ep-2;
  static const double log10_2hi = 0x1.34413509f6p-2, log10_2lo = 0x1.9fef311f12b36p-42;
  uint32_t hx = rt_math_high(x), lx = rt_math_low(x);
  int32_t k = 0;
  if (hx < 0x00100000 || (hx >> 31) != 0) {
    if (((hx & 0x7FFFFFFF) | lx) == 0) return -rt_math_infinity();
    if ((hx >> 31) != 0) return x != x ? x : rt_math_nan();
    k -= 54;
    x *= two54;
    hx = rt_math_high(x);
    lx = rt_math_low(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0.0;
  k += (int32_t)(hx >> 20) - 1023;
  /* x = 2^n * m with m in [1, 2) for n >= 0 and in [1/2, 1) for n < 0, then
   * log10 x = n log10(2) + log(m)/ln 10 with log10(2) in two pieces. */
  uint32_t i = k < 0 ? 1u : 0u;
  hx = (hx & 0x000FFFFF) | ((0x3FFu - i) << 20);
  double y = (double)(k + (int32_t)i);
  x = rt_math_words(hx, lx);
  double z = y * log10_2lo + inv_ln10 * rg_math_log(x);
  return z + y * log10_2hi;
}
