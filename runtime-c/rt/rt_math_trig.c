/* rt_math_trig.c: Math.sin, Math.cos, Math.tan, with V8's (fdlibm's) argument reduction and kernels.
 *
 * x is reduced to r = x - n*pi/2 with |r| <= pi/4, carried as a head and a tail (r = y0 + y1), then
 * a minimax polynomial for sin, cos or tan on [-pi/4, pi/4] is evaluated and the quadrant n picks the
 * sign and the function. Three reductions, by size of |x|: one subtraction of a 33+53-bit pi/2 below
 * 3pi/4; Cody-Waite with up to three 33-bit pieces of pi/2 below 2^19 pi/2; and Payne-Hanek above,
 * multiplying x by only the bits of 2/pi that matter (24-bit chunks, from a table of 1584 bits).
 * Each step, constant and evaluation order is the one V8 uses, so the results are bit-identical.
 */
#include <stdint.h>

#include "rg_math.h"
#include "rt_math_internal.h"

/* 2/pi in 24-bit chunks after the binary point (66 chunks), for the large-argument reduction. */
static const int32_t two_over_pi[66] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
    0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
    0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
    0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
    0x73A8C9, 0x60E27B, 0xC08C6B,
};

/* pi/2 cut into 24-bit pieces (each exact), for summing the reduced product. */
static const double pio2_pieces[8] = {
    0x1.921fb4p0,   0x1.4442dp-24,   0x1.846988p-48,  0x1.8cc516p-72,
    0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
};

/* High words of the doubles nearest n*pi/2, n = 1..32: an x whose high word matches one may cancel
 * badly in the medium reduction, which then takes the careful path. */
static const uint32_t npio2_high[32] = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
};

static const double two24 = 0x1p24, twon24 = 0x1p-24;

/* The chunks of 2/pi used at first: enough for a 53-bit result plus guard bits (fdlibm's jk for
 * "extended" precision, which is what V8 asks for). */
#define FIRST_TERMS 4

/* Payne-Hanek: x is |input| as nx 24-bit integer chunks, the first scaled by 2^e0. Writes
 * |input| - n*pi/2 as y[0] + y[1] and returns n mod 8. */
static int32_t reduce_large(const double *x, int32_t nx, int32_t e0, double y[2]) {
  double f[20], q[20], fq[20] = {0.0};
  int32_t iq[20];
  int32_t jx = nx - 1;
  /* Skip the chunks of 2/pi whose product with x is a multiple of 8 (they cannot change n mod 8). */
  int32_t jv = (e0 - 3) / 24;
  if (jv < 0) jv = 0;
  int32_t q0 = e0 - 24 * (jv + 1); /* the exponent of q[0] */

  for (int32_t i = 0, j = jv - jx; i <= jx + FIRST_TERMS; i++, j++) {
    f[i] = j < 0 ? 0.0 : (double)two_over_pi[j];
  }
  for (int32_t i = 0; i <= FIRST_TERMS; i++) {
    double sum = 0.0;
    for (int32_t j = 0; j <= jx; j++) sum += x[j] * f[jx + i - j];
    q[i] = sum;
  }

  int32_t jz = FIRST_TERMS, n, ih;
  double z;
  for (;;) {
    /* Split q[] (products up to ~2^48 each) into 24-bit integer chunks, lowest first. */
    int32_t i = 0;
    z = q[jz];
    for (int32_t j = jz; j > 0; i++, j--) {
      double carry = (double)(int32_t)(twon24 * z);
      iq[i] = (int32_t)(z - two24 * carry);
      z = q[j - 1] + carry;
    }
    /* The integer part of the product, mod 8, is the quadrant count n. */
    z = rg_math_scale(z, q0);
    z -= 8.0 * rg_math_floor(z * 0.125);
    n = (int32_t)z;
    z -= (double)n;
    ih = 0;
    if (q0 > 0) {
      int32_t top = iq[jz - 1] >> (24 - q0);
      n += top;
      iq[jz - 1] -= top << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 == 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      /* The fraction is at least one half: take the next n and the fraction 1 - f (negative r). */
      n += 1;
      int32_t borrow = 0;
      for (int32_t k = 0; k < jz; k++) {
        int32_t chunk = iq[k];
        if (borrow == 0) {
          if (chunk != 0) {
            borrow = 1;
            iq[k] = 0x1000000 - chunk;
          }
        } else {
          iq[k] = 0xFFFFFF - chunk;
        }
      }
      if (q0 == 1) {
        iq[jz - 1] &= 0x7FFFFF;
      } else if (q0 == 2) {
        iq[jz - 1] &= 0x3FFFFF;
      }
      if (ih == 2) {
        z = 1.0 - z;
        if (borrow != 0) z -= rg_math_scale(1.0, q0);
      }
    }
    if (z != 0.0) break;
    /* The fraction's leading chunks vanished: if all are zero, bring in more chunks of 2/pi. */
    int32_t any = 0;
    for (int32_t k = jz - 1; k >= FIRST_TERMS; k--) any |= iq[k];
    if (any != 0) break;
    int32_t extra = 1;
    while (FIRST_TERMS >= extra && iq[FIRST_TERMS - extra] == 0) extra++;
    for (int32_t k = jz + 1; k <= jz + extra; k++) {
      f[jx + k] = (double)two_over_pi[jv + k];
      double sum = 0.0;
      for (int32_t j = 0; j <= jx; j++) sum += x[j] * f[jx + k - j];
      q[k] = sum;
    }
    jz += extra;
  }

  /* Drop zero chunks at the end, or store the last piece of the fraction. */
  if (z == 0.0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] == 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z = rg_math_scale(z, -q0);
    if (z >= two24) {
      double high = (double)(int32_t)(twon24 * z);
      iq[jz] = (int32_t)(z - two24 * high);
      jz += 1;
      q0 += 24;
      iq[jz] = (int32_t)high;
    } else {
      iq[jz] = (int32_t)z;
    }
  }

  /* The fraction as doubles, then times pi/2, summed smallest first. */
  double scale = rg_math_scale(1.0, q0);
  for (int32_t i = jz; i >= 0; i--) {
    q[i] = scale * (double)iq[i];
    scale *= twon24;
  }
  for (int32_t i = jz; i >= 0; i--) {
    double sum = 0.0;
    for (int32_t k = 0; k <= FIRST_TERMS && k <= jz - i; k++) sum += pio2_pieces[k] * q[i + k];
    fq[jz - i] = sum;
  }
  double head = 0.0;
  for (int32_t i = jz; i >= 0; i--) head += fq[i];
  double tail = fq[0] - head;
  for (int32_t i = 1; i <= jz; i++) tail += fq[i];
  y[0] = ih == 0 ? head : -head;
  y[1] = ih == 0 ? tail : -tail;
  return n & 7;
}

/* Reduces finite x to y[0] + y[1] = x - n*pi/2 (|y| <= ~pi/4) and returns n (only n mod 4 matters). */
static int32_t reduce(double x, double y[2]) {
  static const double invpio2 = 0x1.45f306dc9c883p-1; /* 53 bits of 2/pi */
  /* pi/2 = p1 + p2 + p3 + p3t: 33-bit pieces (so fn * piece is exact) and a 53-bit tail; p1t is
   * pi/2 - p1 and p2t is pi/2 - p1 - p2. */
  static const double p1 = 0x1.921fb544p0, p1t = 0x1.0b4611a626331p-34;
  static const double p2 = 0x1.0b4611a6p-34, p2t = 0x1.3198a2e037073p-69;
  static const double p3 = 0x1.3198a2ep-69, p3t = 0x1.b839a252049c1p-104;
  uint32_t hx = rt_math_high(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  int negative = (hx >> 31) != 0;

  if (ix <= 0x3FE921FB) { /* |x| <= pi/4: nothing to do */
    y[0] = x;
    y[1] = 0.0;
    return 0;
  }
  if (ix < 0x4002D97C) { /* |x| < 3pi/4: n is ±1 */
    double z;
    if (!negative) {
      z = x - p1;
      if (ix != 0x3FF921FB) {
        y[0] = z - p1t;
        y[1] = (z - y[0]) - p1t;
      } else { /* x is near pi/2: one more piece */
        z -= p2;
        y[0] = z - p2t;
        y[1] = (z - y[0]) - p2t;
      }
      return 1;
    }
    z = x + p1;
    if (ix != 0x3FF921FB) {
      y[0] = z + p1t;
      y[1] = (z - y[0]) + p1t;
    } else {
      z += p2;
      y[0] = z + p2t;
      y[1] = (z - y[0]) + p2t;
    }
    return -1;
  }
  if (ix <= 0x413921FB) { /* |x| <= 2^19 pi/2: Cody-Waite */
    double t = rg_math_abs(x);
    int32_t n = (int32_t)(t * invpio2 + 0.5);
    double fn = (double)n;
    double r = t - fn * p1;
    double w = fn * p1t;
    if (n < 32 && ix != npio2_high[n - 1]) {
      y[0] = r - w; /* no cancellation possible */
    } else {
      /* Count the bits cancelled; go on with the next piece of pi/2 while too many were lost. */
      int32_t exponent = (int32_t)(ix >> 20);
      y[0] = r - w;
      int32_t lost = exponent - (int32_t)((rt_math_high(y[0]) >> 20) & 0x7FF);
      if (lost > 16) {
        t = r;
        w = fn * p2;
        r = t - w;
        w = fn * p2t - ((t - r) - w);
        y[0] = r - w;
        lost = exponent - (int32_t)((rt_math_high(y[0]) >> 20) & 0x7FF);
        if (lost > 49) {
          t = r;
          w = fn * p3;
          r = t - w;
          w = fn * p3t - ((t - r) - w);
          y[0] = r - w;
        }
      }
    }
    y[1] = (r - y[0]) - w;
    if (negative) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }
  /* Payne-Hanek. Cut |x| into three 24-bit integers: scale it to [2^23, 2^24) by rewriting its
   * exponent, then peel off the integer parts. */
  int32_t e0 = (int32_t)(ix >> 20) - 1046;
  double z = rt_math_words(ix - ((uint32_t)e0 << 20), rt_math_low(x));
  double chunks[3];
  for (int32_t i = 0; i < 2; i++) {
    chunks[i] = (double)(int32_t)z;
    z = (z - chunks[i]) * two24;
  }
  chunks[2] = z;
  int32_t nx = 3;
  while (chunks[nx - 1] == 0.0) nx--;
  int32_t n = reduce_large(chunks, nx, e0, y);
  if (negative) {
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}

/* sin(x + y) for |x| <= ~pi/4, y the tail of x (has_tail 0: y is zero). */
static double kernel_sin(double x, double y, int has_tail) {
  static const double s1 = -0x1.5555555555549p-3, s2 = 0x1.111111110f8a6p-7,
                      s3 = -0x1.a01a019c161d5p-13, s4 = 0x1.71de357b1fe7dp-19,
                      s5 = -0x1.ae5e68a2b9cebp-26, s6 = 0x1.5d93a5acfd57cp-33;
  if ((rt_math_high(x) & 0x7FFFFFFF) < 0x3E400000) return x; /* |x| < 2^-27: sin x rounds to x */
  double z = x * x;
  double v = z * x;
  double r = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)));
  if (!has_tail) return x + v * (s1 + z * r);
  /* sin(x + y) ~ sin x + y cos x, with cos x ~ 1 - x^2/2 folded into the small terms. */
  return x - ((z * (0.5 * y - v * r) - y) - v * s1);
}

/* cos(x + y) for |x| <= ~pi/4, y the tail of x. */
static double kernel_cos(double x, double y) {
  static const double c1 = 0x1.555555555554cp-5, c2 = -0x1.6c16c16c15177p-10,
                      c3 = 0x1.a01a019cb159p-16, c4 = -0x1.27e4f809c52adp-22,
                      c5 = 0x1.1ee9ebdb4b1c4p-29, c6 = -0x1.8fae9be8838d4p-37;
  uint32_t ix = rt_math_high(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000) return 1.0; /* |x| < 2^-27 */
  double z = x * x;
  double r = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))));
  if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y)); /* |x| < 0.3 */
  /* Subtract an exact qx (about x^2/4, short) from both 1 and x^2/2 first, so the final subtraction
   * loses less. */
  double qx = ix > 0x3FE90000 ? 0.28125 : rt_math_words(ix - 0x00200000, 0);
  double hz = 0.5 * z - qx;
  double a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

/* tan(x + y) (sign 1) or -1/tan(x + y) (sign -1) for |x| <= ~pi/4, y the tail of x. */
static double kernel_tan(double x, double y, int sign) {
  static const double t[13] = {
      0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
      0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9, 0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
      0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
      0x1.b2a7074bf7ad4p-16,
  };
  static const double pio4 = 0x1.921fb54442d18p-1, pio4lo = 0x1.1a62633145c07p-55;
  uint32_t hx = rt_math_high(x);
  uint32_t ix = hx & 0x7FFFFFFF;
  double z, w, v, s, r;

  if (ix < 0x3E300000) { /* |x| < 2^-28 */
    if ((ix | rt_math_low(x)) == 0 && sign == -1) return 1.0 / rg_math_abs(x); /* -1/tan(±0) */
    if (sign == 1) return x;
    /* -1/(x + y), with the division's error compensated through heads of w and of its inverse. */
    w = x + y;
    z = rt_math_head(w);
    v = y - (z - x);
    double a = -1.0 / w;
    double th = rt_math_head(a);
    s = 1.0 + th * z;
    return th + a * (s + th * v);
  }
  int big = ix >= 0x3FE59428; /* |x| >= 0.6744: use tan(pi/4 - x) instead */
  if (big) {
    if ((hx >> 31) != 0) {
      x = -x;
      y = -y;
    }
    z = pio4 - x;
    w = pio4lo - y;
    x = z + w;
    y = 0.0;
  }
  z = x * x;
  w = z * z;
  /* The odd polynomial split into two halves in w = x^4, evaluated side by side. */
  r = t[1] + w * (t[3] + w * (t[5] + w * (t[7] + w * (t[9] + w * t[11]))));
  v = z * (t[2] + w * (t[4] + w * (t[6] + w * (t[8] + w * (t[10] + w * t[12])))));
  s = z * x;
  r = y + z * (s * (r + v) + y);
  r += t[0] * s;
  w = x + r;
  if (big) {
    v = (double)sign;
    double result = v - 2.0 * (x - (w * w / (w + v) - r));
    return (hx >> 31) != 0 ? -result : result;
  }
  if (sign == 1) return w;
  /* -1/(x + r), compensated as above. */
  z = rt_math_head(w);
  v = r - (z - x);
  double a = -1.0 / w;
  double th = rt_math_head(a);
  s = 1.0 + th * z;
  return th + a * (s + th * v);
}

double rg_math_sin(double x) {
  uint32_t ix = rt_math_high(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_sin(x, 0.0, 0);
  if (ix >= 0x7FF00000) return rt_math_nan(); /* sin(±Infinity), sin(NaN) */
  double y[2];
  switch (reduce(x, y) & 3) {
    case 0:
      return kernel_sin(y[0], y[1], 1);
    case 1:
      return kernel_cos(y[0], y[1]);
    case 2:
      return -kernel_sin(y[0], y[1], 1);
    default:
      return -kernel_cos(y[0], y[1]);
  }
}

double rg_math_cos(double x) {
  uint32_t ix = rt_math_high(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_cos(x, 0.0);
  if (ix >= 0x7FF00000) return rt_math_nan();
  double y[2];
  switch (reduce(x, y) & 3) {
    case 0:
      return kernel_cos(y[0], y[1]);
    case 1:
      return -kernel_sin(y[0], y[1], 1);
    case 2:
      return -kernel_cos(y[0], y[1]);
    default:
      return kernel_sin(y[0], y[1], 1);
  }
}

double rg_math_tan(double x) {
  uint32_t ix = rt_math_high(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_tan(x, 0.0, 1);
  if (ix >= 0x7FF00000) return rt_math_nan();
  double y[2];
  int32_t n = reduce(x, y);
  return kernel_tan(y[0], y[1], (n & 1) != 0 ? -1 : 1);
}
