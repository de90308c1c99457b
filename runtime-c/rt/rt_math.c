/* rt_math.c: the number operations where JavaScript and C differ: ToInt32/ToUint32, `%`, `**`.
 *
 * All are written here rather than taken from libm, because libm's functions may set errno (a global the
 * unprivileged app cannot touch on Cortex-M) and because JavaScript's special cases differ from C's (for
 * example `1 ** NaN` is NaN in JavaScript and 1 in C). ToInt32 and `%` work on the bits and are exact;
 * `**` evaluates exp(y * ln x) in double-double arithmetic (about 100 bits), so its result is the correctly
 * rounded one except when the exact value lies within ~2^-94 of a rounding midpoint.
 */
#include <stdint.h>
#include <string.h>

#include "rg_rt.h"

static uint64_t bits_of(double v) {
  uint64_t b;
  memcpy(&b, &v, sizeof b);
  return b;
}

static double double_of(uint64_t b) {
  double v;
  memcpy(&v, &b, sizeof v);
  return v;
}

uint32_t rg_rt_to_uint32(double v) {
  uint64_t b = bits_of(v);
  int32_t biased = (int32_t)((b >> 52) & 0x7ff);
  if (biased == 0x7ff || biased < 1023) return 0; /* NaN, infinities, |v| < 1 */
  uint64_t m = (b & ((1ull << 52) - 1)) | (1ull << 52);
  int32_t shift = biased - 1075; /* v = m * 2^shift */
  uint32_t low;
  if (shift >= 32) {
    low = 0; /* every bit of the integer part sits above bit 31 */
  } else if (shift >= 0) {
    low = (uint32_t)(m << shift);
  } else {
    low = (uint32_t)(m >> -shift);
  }
  return (b >> 63) != 0 ? 0u - low : low;
}

int32_t rg_rt_to_int32(double v) {
  uint32_t u = rg_rt_to_uint32(v);
  /* Two's-complement reinterpretation without relying on implementation-defined conversion. */
  return u <= 0x7fffffffu ? (int32_t)u : -(int32_t)(~u) - 1;
}

/* Splits a positive finite nonzero double into a 53-bit significand with bit 52 set and an exponent. */
static void unpack(uint64_t b, uint64_t *m, int32_t *e) {
  int32_t biased = (int32_t)((b >> 52) & 0x7ff);
  uint64_t frac = b & ((1ull << 52) - 1);
  if (biased == 0) {
    int32_t e2 = -1074;
    while ((frac & (1ull << 52)) == 0) {
      frac <<= 1;
      e2--;
    }
    *m = frac;
    *e = e2 + 52;
  } else {
    *m = frac | (1ull << 52);
    *e = biased - 1023;
  }
}

double rg_rt_fmod(double x, double y) {
  uint64_t bx = bits_of(x), by = bits_of(y);
  uint64_t sign = bx & (1ull << 63);
  uint64_t ax = bx & ~(1ull << 63), ay = by & ~(1ull << 63);
  const uint64_t inf = 0x7ff0000000000000ull;
  if (ax >= inf || ay > inf || ay == 0) return double_of(0x7ff8000000000000ull);
  if (ay == inf || ax == 0 || ax < ay) return x;
  uint64_t mx, my;
  int32_t ex, ey;
  unpack(ax, &mx, &ex);
  unpack(ay, &my, &ey);
  /* Long division on the significands, one bit of quotient per step; the remainder is exact. */
  for (int32_t n = ex - ey; n > 0; n--) {
    if (mx >= my) mx -= my;
    mx <<= 1;
  }
  if (mx >= my) mx -= my;
  if (mx == 0) return double_of(sign);
  int32_t e = ey;
  while ((mx & (1ull << 52)) == 0) {
    mx <<= 1;
    e--;
  }
  uint64_t out;
  if (e >= -1022) {
    out = ((uint64_t)(e + 1023) << 52) | (mx & ((1ull << 52) - 1));
  } else {
    out = mx >> (-1022 - e); /* subnormal; exact because the remainder is a multiple of y's ulp */
  }
  return double_of(out | sign);
}

/* --- double-double arithmetic for `**` ------------------------------------------------------------ */

typedef struct {
  double hi, lo;
} dd_t;

static dd_t dd_quick_sum(double a, double b) {
  dd_t r;
  r.hi = a + b;
  r.lo = b - (r.hi - a);
  return r;
}

static dd_t dd_two_sum(double a, double b) {
  dd_t r;
  r.hi = a + b;
  double bb = r.hi - a;
  r.lo = (a - (r.hi - bb)) + (b - bb);
  return r;
}

static void dd_split(double a, double *hi, double *lo) {
  double t = 134217729.0 * a; /* 2^27 + 1: Dekker's splitter for 53-bit significands */
  *hi = t - (t - a);
  *lo = a - *hi;
}

static dd_t dd_two_prod(double a, double b) {
  double ah, al, bh, bl;
  dd_split(a, &ah, &al);
  dd_split(b, &bh, &bl);
  dd_t r;
  r.hi = a * b;
  r.lo = ((ah * bh - r.hi) + ah * bl + al * bh) + al * bl;
  return r;
}

static dd_t dd_add(dd_t a, dd_t b) {
  dd_t s = dd_two_sum(a.hi, b.hi);
  dd_t t = dd_two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = dd_quick_sum(s.hi, s.lo);
  s.lo += t.lo;
  return dd_quick_sum(s.hi, s.lo);
}

static dd_t dd_mul(dd_t a, dd_t b) {
  dd_t p = dd_two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return dd_quick_sum(p.hi, p.lo);
}

static dd_t dd_from(double a) {
  dd_t r = {a, 0.0};
  return r;
}

static dd_t dd_div(dd_t a, dd_t b) {
  double q1 = a.hi / b.hi;
  dd_t r = dd_add(a, dd_mul(dd_from(-q1), b));
  double q2 = r.hi / b.hi;
  r = dd_add(r, dd_mul(dd_from(-q2), b));
  double q3 = r.hi / b.hi;
  dd_t q = dd_quick_sum(q1, q2);
  return dd_add(q, dd_from(q3));
}

/* ln 2 as a double-double. */
static const dd_t ln2 = {6.93147180559945286227e-01, 2.31904681384629955842e-17};

/* 2^k for -1022 <= k <= 1023. */
static double pow2(int32_t k) {
  return double_of((uint64_t)(k + 1023) << 52);
}

/* ln(x) for positive finite x, as a double-double. */
static dd_t dd_log(double x) {
  uint64_t m;
  int32_t e;
  unpack(bits_of(x), &m, &e);
  double f = double_of((m & ((1ull << 52) - 1)) | (1023ull << 52)); /* in [1, 2) */
  if (f > 1.4142135623730951) {
    f *= 0.5;
    e++;
  }
  /* ln f = 2 atanh(s) with s = (f - 1) / (f + 1), |s| < 0.172; f - 1 is exact (Sterbenz). */
  dd_t s = dd_div(dd_from(f - 1.0), dd_two_sum(f, 1.0));
  dd_t s2 = dd_mul(s, s);
  /* s2 < 0.0295: 24 terms of the odd series bring the tail below 2^-115. */
  dd_t sum = dd_div(dd_from(1.0), dd_from(49.0));
  for (int32_t i = 23; i >= 0; i--) {
    sum = dd_add(dd_mul(sum, s2), dd_div(dd_from(1.0), dd_from(2.0 * i + 1.0)));
  }
  dd_t lnf = dd_mul(dd_mul(sum, s), dd_from(2.0));
  dd_t ek = dd_mul(ln2, dd_from((double)e));
  return dd_add(ek, lnf);
}

/* e^t as hi + lo scaled by 2^*k, for |t| < 800. */
static dd_t dd_exp(dd_t t, int32_t *k) {
  double kd = t.hi / ln2.hi;
  int32_t kk = (int32_t)(kd < 0 ? kd - 0.5 : kd + 0.5);
  dd_t r = dd_add(t, dd_mul(ln2, dd_from(-(double)kk)));
  /* Divide by 2^10 (exact), sum the Taylor series of e^u - 1 (|u| < 3.4e-4), then square back. */
  dd_t u = dd_mul(r, dd_from(1.0 / 1024.0));
  dd_t term = u;
  dd_t em1 = u;
  for (int32_t i = 2; i <= 12; i++) {
    term = dd_div(dd_mul(term, u), dd_from((double)i));
    em1 = dd_add(em1, term);
  }
  for (int32_t i = 0; i < 10; i++) {
    /* (1 + a)^2 - 1 = 2a + a^2, which keeps precision while the result is close to 1. */
    em1 = dd_add(dd_mul(em1, dd_from(2.0)), dd_mul(em1, em1));
  }
  *k = kk;
  return dd_add(dd_from(1.0), em1);
}

static int is_integer(double v) {
  return rg_rt_fmod(v, 1.0) == 0.0;
}

static int is_odd_integer(double v) {
  double r = rg_rt_fmod(v, 2.0);
  return r == 1.0 || r == -1.0;
}

double rg_rt_pow(double x, double y) {
  const double nan = double_of(0x7ff8000000000000ull);
  const double inf = double_of(0x7ff0000000000000ull);
  if (y != y) return nan;
  if (y == 0.0) return 1.0;
  if (x != x) return nan;
  double ax = x < 0 ? -x : x;
  if (y == inf || y == -inf) {
    if (ax == 1.0) return nan;
    return (ax > 1.0) == (y > 0) ? inf : 0.0;
  }
  int odd = is_odd_integer(y);
  int negative_x = (bits_of(x) >> 63) != 0;
  if (ax == inf || x == 0.0) {
    /* For x = +-0 the magnitude is 0 (y > 0) or infinite (y < 0); for x = +-inf the other way round. */
    int big = (ax == inf) == (y > 0);
    double mag = big ? inf : 0.0;
    return negative_x && odd ? -mag : mag;
  }
  if (x < 0 && !is_integer(y)) return nan;
  if (ax == 1.0) return negative_x && odd ? -1.0 : 1.0;

  dd_t lg = dd_log(ax);
  /* Decide overflow and underflow on the plain product first: the splitting in dd_mul overflows for
   * huge y. */
  double approx = lg.hi * y;
  dd_t t = approx > 710.0 || approx < -746.0 ? dd_from(approx) : dd_mul(lg, dd_from(y));
  double result;
  if (t.hi > 710.0) {
    result = inf;
  } else if (t.hi < -746.0) {
    result = 0.0;
  } else {
    int32_t k;
    dd_t e = dd_exp(t, &k);
    result = e.hi + e.lo;
    /* Scale by 2^k in steps that stay within the exponent range. */
    while (k > 1000) {
      result *= pow2(1000);
      k -= 1000;
    }
    while (k < -1000) {
      result *= pow2(-1000);
      k += 1000;
    }
    result *= pow2(k);
  }
  return negative_x && odd ? -result : result;
}
