/* rt_math.c: the number operations where JavaScript and C differ: ToInt32/ToUint32, `%`, `**`.
 *
 * All are written here rather than taken from libm, because libm's functions may set errno (a global the
 * unprivileged app cannot touch on Cortex-M) and because JavaScript's special cases differ from C's (for
 * example `1 ** NaN` is NaN in JavaScript and 1 in C). ToInt32 and `%` work on the bits and are exact;
 * `**` is Math.pow (rt_math_pow.c), which reproduces V8's pow bit for bit, last-bit errors included.
 */
#include <stdint.h>
#include <string.h>

#include "rg_math.h"
#include "rg_rt.h"

static uint64_t bits_of(double v) {
  uint64_t b;
  __builtin_memcpy(&b, &v, sizeof b);
  return b;
}

static double double_of(uint64_t b) {
  double v;
  __builtin_memcpy(&v, &b, sizeof v);
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

double rg_rt_pow(double x, double y) {
  /* One algorithm for `**` and Math.pow, as in V8: fdlibm's pow in V8's variant (rt_math_pow.c). */
  return rg_math_pow(x, y);
}
