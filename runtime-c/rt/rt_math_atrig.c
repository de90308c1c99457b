/* rt_math_atrig.c: Math.asin, Math.acos, Math.atan, Math.atan2, as V8 computes them (fdlibm).
 *
 * asin and acos share one rational approximation R(z) of (asin(s) - s)/s^3 on [0, 0.5]; beyond 0.5
 * they go through asin(x) = pi/2 - 2 asin(sqrt((1 - x)/2)), carrying sqrt's head and a correction
 * term so that no bits are lost. atan reduces |x| to one of five intervals around 0, 1/2, 1, 3/2 and
 * infinity with exact-ish identities and sums a degree-22 odd polynomial. Constants, branch limits
 * and evaluation order are V8's, so the last bits agree.
 */
#include <stdint.h>

#include "rg_math.h"
#include "rt_math_internal.h"

static const double pi = 0x1.921fb54442d18p1;
static const double pio2_hi = 0x1.921fb54442d18p0, pio2_lo = 0x1.1a62633145c07p-54;
static const double pio4_hi = 0x1.921fb54442d18p-1;

/* R(z) = p(z)/q(z) ~ (asin(sqrt z) - sqrt z) / z^(3/2): the numerator (times z) and denominator. */
static double asin_p(double z) {
  static const double p0 = 0x1.5555555555555p-3, p1 = -0x1.4d61203eb6f7dp-2,
                      p2 = 0x1.9c1550e884455p-3, p3 = -0x1.48228b5688f3bp-5,
                      p4 = 0x1.9efe07501b288p-11, p5 = 0x1.23de10dfdf709p-15;
  return z * (p0 + z * (p1 + z * (p2 + z * (p3 + z * (p4 + z * p5)))));
}

static double asin_q(double z) {
  static const double q1 = -0x1.33a271c8a2d4bp1, q2 = 0x1.02ae59c598ac8p1,
                      q3 = -0x1.6066c1b8d0159p-1, q4 = 0x1.3b8c5b12e9282p-4;
  return 1.0 + z * (q1 + z * (q2 + z * (q3 + z * q4)));
}

double rg_math_asin(double x) {
  uint32_t hx = rt_math_high(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x3FF00000) { /* |x| >= 1 */
    if (ix == 0x3FF00000 && rt_math_low(x) == 0) return x * pio2_hi + x * pio2_lo; /* ±pi/2 */
    return x != x ? x : rt_math_nan();
  }
  if (ix < 0x3FE00000) { /* |x| < 0.5 */
    if (ix < 0x3E400000) return x; /* |x| < 2^-27: asin x rounds to x */
    double t = x * x;
    double w = asin_p(t) / asin_q(t);
    return x + x * w;
  }
  /* 0.5 <= |x| < 1 */
  double w = 1.0 - rg_math_abs(x);
  double t = w * 0.5;
  double p = asin_p(t);
  double q = asin_q(t);
  double s = rg_math_sqrt(t);
  if (ix >= 0x3FEF3333) { /* |x| > 0.975 */
    w = p / q;
    t = pio2_hi - (2.0 * (s + s * w) - pio2_lo);
  } else {
    /* s = head + c exactly enough: head has 21 significant bits, c corrects it. */
    double head = rt_math_head(s);
    double c = (t - head * head) / (s + head);
    double r = p / q;
    p = 2.0 * s * r - (pio2_lo - 2.0 * c);
    q = pio4_hi - 2.0 * head;
    t = pio4_hi - (p - q);
  }
  return (hx >> 31) != 0 ? -t : t;
}

double rg_math_acos(double x) {
  uint32_t hx = rt_math_high(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x3FF00000) { /* |x| >= 1 */
    if (ix == 0x3FF00000 && rt_math_low(x) == 0) return (hx >> 31) != 0 ? pi + 2.0 * pio2_lo : 0.0;
    return x != x ? x : rt_math_nan();
  }
  if (ix < 0x3FE00000) { /* |x| < 0.5 */
    if (ix <= 0x3C600000) return pio2_hi + pio2_lo; /* |x| <= 2^-57 */
    double z = x * x;
    double r = asin_p(z) / asin_q(z);
    return pio2_hi - (x - (pio2_lo - x * r));
  }
  if ((hx >> 31) != 0) { /* x < -0.5 */
    double z = (1.0 + x) * 0.5;
    double p = asin_p(z);
    double q = asin_q(z);
    double s = rg_math_sqrt(z);
    double r = p / q;
    double w = r * s - pio2_lo;
    return pi - 2.0 * (s + w);
  }
  /* x > 0.5 */
  double z = (1.0 - x) * 0.5;
  double s = rg_math_sqrt(z);
  double head = rt_math_head(s);
  double c = (z - head * head) / (s + head);
  double p = asin_p(z);
  double q = asin_q(z);
  double r = p / q;
  double w = r * s + c;
  return 2.0 * (head + w);
}

double rg_math_atan(double x) {
  /* atan of 0.5, 1, 1.5 and infinity, each as a head and a tail. */
  static const double atan_hi[4] = {0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1,
                                    0x1.921fb54442d18p0};
  static const double atan_lo[4] = {0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55,
                                    0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54};
  static const double a[11] = {
      0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3, -0x1.c71c6fe231671p-4,
      0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4, 0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5,
      0x1.97b4b24760debp-5, -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
  };
  uint32_t hx = rt_math_high(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  int id;
  if (ix >= 0x44100000) { /* |x| >= 2^66: ±pi/2 */
    if (x != x) return x;
    return (hx >> 31) != 0 ? -atan_hi[3] - atan_lo[3] : atan_hi[3] + atan_lo[3];
  }
  if (ix < 0x3FDC0000) { /* |x| < 0.4375 */
    if (ix < 0x3E400000) return x; /* |x| < 2^-27 */
    id = -1;
  } else {
    x = rg_math_abs(x);
    if (ix < 0x3FF30000) {   /* |x| < 1.1875 */
      if (ix < 0x3FE60000) { /* 7/16 <= |x| < 11/16 */
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else { /* 11/16 <= |x| < 19/16 */
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) { /* |x| < 2.4375 */
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else { /* 2.4375 <= |x| < 2^66 */
      id = 3;
      x = -1.0 / x;
    }
  }
  double z = x * x;
  double w = z * z;
  /* The polynomial in z split into its even and odd halves in w = z^2. */
  double s1 = z * (a[0] + w * (a[2] + w * (a[4] + w * (a[6] + w * (a[8] + w * a[10])))));
  double s2 = w * (a[1] + w * (a[3] + w * (a[5] + w * (a[7] + w * a[9]))));
  if (id < 0) return x - x * (s1 + s2);
  z = atan_hi[id] - ((x * (s1 + s2) - atan_lo[id]) - x);
  return (hx >> 31) != 0 ? -z : z;
}

double rg_math_atan2(double y, double x) {
  static const double pi_o_4 = 0x1.921fb54442d18p-1, pi_o_2 = 0x1.921fb54442d18p0;
  static const double pi_lo = 0x1.1a62633145c07p-53;
  if (x != x || y != y) return x + y;
  uint32_t hx = rt_math_high(x), lx = rt_math_low(x);
  uint32_t hy = rt_math_high(y), ly = rt_math_low(y);
  uint32_t ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF;
  if (hx == 0x3FF00000 && lx == 0) return rg_math_atan(y); /* x = 1 */
  /* m: bit 0 the sign of y, bit 1 the sign of x. */
  uint32_t m = (hy >> 31) | ((hx >> 30) & 2u);

  if ((iy | ly) == 0) { /* y = ±0 */
    switch (m) {
      case 0:
      case 1:
        return y;
      case 2:
        return pi;
      default:
        return -pi;
    }
  }
  if ((ix | lx) == 0) return (hy >> 31) != 0 ? -pi_o_2 : pi_o_2; /* x = ±0 */
  if (ix == 0x7FF00000) { /* x = ±Infinity */
    if (iy == 0x7FF00000) {
      switch (m) {
        case 0:
          return pi_o_4;
        case 1:
          return -pi_o_4;
        case 2:
          return 3.0 * pi_o_4;
        default:
          return -3.0 * pi_o_4;
      }
    }
    switch (m) {
      case 0:
        return 0.0;
      case 1:
        return -0.0;
      case 2:
        return pi;
      default:
        return -pi;
    }
  }
  if (iy == 0x7FF00000) return (hy >> 31) != 0 ? -pi_o_2 : pi_o_2; /* y = ±Infinity */

  /* Exponent difference decides whether y/x is huge or tiny enough to skip the division. */
  int32_t d = (int32_t)iy - (int32_t)ix;
  double z;
  if (d >= 61 << 20) { /* |y/x| > 2^60 */
    z = pi_o_2 + 0.5 * pi_lo;
    m &= 1u;
  } else if ((hx >> 31) != 0 && d < -(60 << 20)) { /* x < 0 and |y/x| < 2^-60 */
    z = 0.0;
  } else {
    z = rg_math_atan(rg_math_abs(y / x));
  }
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return pi - (z - pi_lo);
    default:
      return (z - pi_lo) - pi;
  }
}
