/* rt_math_pow.c: Math.pow (and the `**` operator) and Math.cbrt, as V8 computes them.
 *
 * pow is fdlibm's algorithm in V8's variant: log2|x| is computed as t1 + t2 with about 64 bits
 * (t1 short enough that y1 * t1 is exact for the 21-bit head y1 of y), y * log2|x| is split into an
 * integer n and a fraction in [-0.5, 0.5], and 2^fraction comes from a rational approximation; n goes
 * into the exponent bits. Integer powers of small integers come out exact. The special cases are
 * ECMAScript's (1 ** NaN and (±1) ** ±Infinity are NaN), as in V8.
 *
 * cbrt is FreeBSD's: a 5-bit estimate from the exponent bits, a polynomial step to 23 bits, rounding
 * to a short number and one Newton step to 53 bits.
 */
#include <stdint.h>

#include "rg_math.h"
#include "rt_math_internal.h"

/* The low word of y as a test for "an integer and whether odd": 0 not an integer, 1 odd, 2 even.
 * Only called for |y| finite. */
static int integer_kind(uint32_t iy, uint32_t ly) {
  if (iy >= 0x43400000) return 2; /* |y| >= 2^53: even */
  if (iy < 0x3FF00000) return 0;  /* |y| < 1 (and not 0) */
  int32_t e = (int32_t)(iy >> 20) - 0x3FF;
  if (e > 20) {
    uint32_t j = ly >> (52 - e);
    return (j << (52 - e)) == ly ? 2 - (int)(j & 1u) : 0;
  }
  if (ly != 0) return 0;
  uint32_t j = iy >> (20 - e);
  return (j << (20 - e)) == iy ? 2 - (int)(j & 1u) : 0;
}

double rg_math_pow(double x, double y) {
  static const double bp[2] = {1.0, 1.5};
  static const double dp_h[2] = {0.0, 0x1.2b8034p-1};         /* log2(1.5), head */
  static const double dp_l[2] = {0.0, 0x1.cfdeb43cfd006p-27}; /* log2(1.5), tail */
  static const double two53 = 0x1p53;
  /* log(x) polynomial in s^2, s = (x - 1)/(x + 1) */
  static const double l1 = 0x1.3333333333303p-1, l2 = 0x1.b6db6db6fabffp-2,
                      l3 = 0x1.55555518f264dp-2, l4 = 0x1.17460a91d4101p-2,
                      l5 = 0x1.d864a93c9db65p-3, l6 = 0x1.a7e284a454eefp-3;
  /* exp(r) rational approximation, as in exp */
  static const double p1 = 0x1.555555555553ep-3, p2 = -0x1.6c16c16bebd93p-9,
                      p3 = 0x1.1566aaf25de2cp-14, p4 = -0x1.bbd41c5d26bf1p-20,
                      p5 = 0x1.6376972bea4dp-25;
  static const double lg2 = 0x1.62e42fefa39efp-1, lg2_h = 0x1.62e43p-1,
                      lg2_l = -0x1.05c610ca86c39p-29;
  static const double ovt = 0x1.71547652b82fep-54; /* -(1024 - log2(max double + half an ulp)) */
  static const double cp = 0x1.ec709dc3a03fdp-1, cp_h = 0x1.ec709ep-1,
                      cp_l = -0x1.e2fe0145b01f5p-28; /* 2/(3 ln 2), and a head and tail */
  static const double ivln2 = 0x1.71547652b82fep0, ivln2_h = 0x1.715476p0,
                      ivln2_l = 0x1.4ae0bf85ddf44p-26; /* 1/ln 2, and a 24-bit head and tail */

  uint32_t hx = rt_math_high(x), lx = rt_math_low(x);
  uint32_t hy = rt_math_high(y), ly = rt_math_low(y);
  uint32_t ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF;
  int x_negative = (hx >> 31) != 0, y_negative = (hy >> 31) != 0;

  if ((iy | ly) == 0) return 1.0; /* x ** ±0 */
  if (x != x || y != y) return x + y;

  int yisint = x_negative ? integer_kind(iy, ly) : 0;

  if (ly == 0) {
    if (iy == 0x7FF00000) { /* y = ±Infinity */
      if (ix == 0x3FF00000 && lx == 0) return rt_math_nan(); /* (±1) ** ±Infinity */
      if (ix >= 0x3FF00000) return y_negative ? 0.0 : y;     /* |x| > 1 */
      return y_negative ? -y : 0.0;                          /* |x| < 1 */
    }
    if (iy == 0x3FF00000) return y_negative ? 1.0 / x : x; /* y = ±1 */
    if (hy == 0x40000000) return x * x;                    /* y = 2 */
    if (hy == 0x3FE00000 && !x_negative) return rg_math_sqrt(x); /* y = 0.5, x >= +0 */
  }

  double ax = rg_math_abs(x);
  if (lx == 0 && (ix == 0x7FF00000 || ix == 0 || ix == 0x3FF00000)) { /* x = ±0, ±Infinity, ±1 */
    double z = y_negative ? 1.0 / ax : ax;
    if (x_negative) {
      if (ix == 0x3FF00000 && yisint == 0) return rt_math_nan(); /* (-1) ** non-integer */
      if (yisint == 1) z = -z;
    }
    return z;
  }

  if (x_negative && yisint == 0) return rt_math_nan(); /* negative ** non-integer */
  double s = x_negative && yisint == 1 ? -1.0 : 1.0;     /* sign of the result */

  double t1, t2;
  if (iy > 0x41E00000) {   /* |y| > 2^31 */
    if (iy > 0x43F00000) { /* |y| > 2^64: the result over- or underflows unless x is 1 */
      if (ix <= 0x3FEFFFFF) return y_negative ? rt_math_infinity() : 0.0;
      if (ix >= 0x3FF00000) return !y_negative ? rt_math_infinity() : 0.0;
    }
    if (ix < 0x3FEFFFFF) return y_negative ? s * rt_math_infinity() : s * 0.0;
    if (ix > 0x3FF00000) return !y_negative ? s * rt_math_infinity() : s * 0.0;
    /* |1 - x| <= 2^-20: log2 x from the series of log(1 + t). */
    double t = ax - 1.0;
    double w = (t * t) * (0.5 - t * (0x1.5555555555555p-2 - t * 0.25));
    double u = ivln2_h * t;
    double v = t * ivln2_l - w * ivln2;
    t1 = rt_math_head(u + v);
    t2 = v - (t1 - u);
  } else {
    int32_t n = 0;
    if (ix < 0x00100000) { /* subnormal x */
      ax *= two53;
      n -= 53;
      ix = rt_math_high(ax);
    }
    n += (int32_t)(ix >> 20) - 0x3FF;
    uint32_t j = ix & 0x000FFFFF;
    /* Significand in [1, sqrt(3/2)) around 1, [sqrt(3/2), sqrt(3)) around 1.5, else halve it. */
    int k;
    ix = j | 0x3FF00000;
    if (j <= 0x3988E) {
      k = 0;
    } else if (j < 0xBB67A) {
      k = 1;
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = rt_math_with_high(ax, ix);

    /* ss = s_h + s_l = (ax - bp)/(ax + bp) */
    double u = ax - bp[k];
    double v = 1.0 / (ax + bp[k]);
    double ss = u * v;
    double s_h = rt_math_head(ss);
    double t_h = rt_math_words(((ix >> 1) | 0x20000000) + 0x00080000 + ((uint32_t)k << 18), 0);
    double t_l = ax - (t_h - bp[k]);
    double s_l = v * ((u - s_h * t_h) - s_h * t_l);
    /* log(ax) = 2 ss + (2/3) ss^3 + ss^5 (l1 + ...) */
    double s2 = ss * ss;
    double r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = rt_math_head(3.0 + s2 + r);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    double p_h = rt_math_head(u + v);
    double p_l = v - (p_h - u);
    double z_h = cp_h * p_h;
    double z_l = cp_l * p_h + p_l * cp + dp_l[k];
    /* log2(ax) = n + dp_h + z_h + z_l */
    double t = (double)n;
    t1 = rt_math_head(((z_h + z_l) + dp_h[k]) + t);
    t2 = z_l - (((t1 - t) - dp_h[k]) - z_h);
  }

  /* y * log2|x| = p_h + p_l, with y split as y1 + (y - y1) */
  double y1 = rt_math_head(y);
  double p_l = (y - y1) * t1 + y * t2;
  double p_h = y1 * t1;
  double z = p_l + p_h;
  uint32_t j = rt_math_high(z), i = rt_math_low(z);
  if ((j >> 31) == 0 && j >= 0x40900000) { /* z >= 1024 */
    if (j != 0x40900000 || i != 0) return s * rt_math_infinity();
    if (p_l + ovt > z - p_h) return s * rt_math_infinity();
  } else if ((j & 0x7FFFFFFF) >= 0x4090CC00) { /* z <= -1075 */
    if (j != 0xC090CC00 || i != 0) return s * 0.0;
    if (p_l <= z - p_h) return s * 0.0;
  }

  /* 2^(p_h + p_l) = 2^n * 2^f, n the nearest integer, f in [-0.5, 0.5] */
  uint32_t iz = j & 0x7FFFFFFF;
  int32_t k = (int32_t)(iz >> 20) - 0x3FF;
  int32_t n = 0;
  if (iz > 0x3FE00000) { /* |z| > 0.5 */
    uint32_t nw = j + (0x00100000u >> (k + 1));
    k = (int32_t)((nw & 0x7FFFFFFF) >> 20) - 0x3FF;
    double t = rt_math_words(nw & ~(0x000FFFFFu >> k), 0);
    n = (int32_t)(((nw & 0x000FFFFF) | 0x00100000) >> (20 - k));
    if ((j >> 31) != 0) n = -n;
    p_h -= t;
  }
  double t = rt_math_head(p_l + p_h);
  double u = t * lg2_h;
  double v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
  z = u + v;
  double w = v - (z - u);
  t = z * z;
  t1 = z - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))));
  /* V8 divides by the whole compensated denominator here, where fdlibm subtracts the correction
   * after dividing; the results differ in the last bit, and V8's is what JavaScript sees. */
  double r = (z * t1) / ((t1 - 2.0) - (w + z * w));
  z = 1.0 - (r - z);
  int32_t biased = (int32_t)(rt_math_high(z) >> 20) + n;
  if (biased <= 0) {
    z = rg_math_scale(z, n); /* subnormal result */
  } else {
    z = rt_math_with_high(z, rt_math_high(z) + ((uint32_t)n << 20));
  }
  return s * z;
}

double rg_math_cbrt(double x) {
  static const uint32_t b1 = 715094163; /* (1023 - 1023/3 - 0.03306235651) * 2^20 */
  static const uint32_t b2 = 696219795; /* (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20 */
  /* |1/cbrt(r) - P(r)| < 2^-23.5 for |r - 1| < 1/10 */
  static const double c0 = 0x1.e03e60f61e692p0, c1 = -0x1.e28e092f0242p0, c2 = 0x1.9f1604a49d6c2p0,
                      c3 = -0x1.844cbbee751d9p-1, c4 = 0x1.2b000d4e4edd7p-3;
  uint32_t hx = rt_math_high(x), low = rt_math_low(x);
  uint32_t sign = hx & 0x80000000;
  hx ^= sign;
  if (hx >= 0x7FF00000) return x + x; /* NaN, ±Infinity */
  double t;
  /* An estimate good to ~5 bits: divide the biased exponent (and the leading significand bits) by 3. */
  if (hx < 0x00100000) { /* ±0 or subnormal */
    if ((hx | low) == 0) return x;
    t = x * 0x1p54;
    uint32_t high = rt_math_high(t) & 0x7FFFFFFF;
    t = rt_math_words(sign | (high / 3 + b2), 0);
  } else {
    t = rt_math_words(sign | (hx / 3 + b1), 0);
  }
  /* To 23 bits with P(t^3/x). */
  double r = (t * t) * (t / x);
  t = t * ((c0 + r * (c1 + r * c2)) + ((r * r) * r) * (c3 + r * c4));
  /* Round t away from zero to 23 bits so that t*t is exact and t is above cbrt(x). */
  t = rt_math_double((rt_math_bits(t) + 0x80000000u) & 0xFFFFFFFFC0000000ull);
  /* One Newton step. */
  double s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}
