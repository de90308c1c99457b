/* rt_math_softfloat.c: correctly rounded double addition and subtraction for Cortex-M3/M4 without an FPU.
 *
 * On these cores every `a + b` on doubles is a call to __aeabi_dadd (or __aeabi_dsub). GCC 12's libgcc
 * implements them in Thumb-2 assembly (ieee754-df.S) with one rounding error: when the exponents differ
 * by exactly 33 and the operands' signs make it a subtraction whose result loses its leading bit, the
 * bit just below the result's last place is dropped, so about half of those sums come out one ulp low
 * (1 + -0x1.8f0f1090bd7f8p-33 gives 0x3fefffffffe70f0e instead of ...0f). Node computes the IEEE
 * result, so a compiled app printed different digits than Node; Math.exp, tanh, pow and others inherit
 * the error. tests/runtime/math-cortex-m.test.ts feeds sums of exactly this kind (with libgcc's code, about
 * 40 of its 1,500 additions come out wrong) and the Math functions.
 *
 * This file defines the whole libgcc object those functions live in (add, subtract, and the int and
 * float to double conversions that share its code), so the linker takes these instead and never pulls
 * libgcc's. They are plain integer code: the sum is formed exactly with three extra bits (guard, round,
 * sticky), normalised and rounded to nearest, ties to even. Other targets (hosts, which add in hardware,
 * and Thumb-1 cores, whose libgcc uses correct C code) do not compile any of this.
 */
#if defined(__arm__) && !defined(__ARM_FP) && (defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__))

#include <stdint.h>
#include <string.h>

#define SIGN 0x8000000000000000ull
#define FRACTION 0x000FFFFFFFFFFFFFull
#define HIDDEN 0x0010000000000000ull
#define QUIET_NAN 0x7FF8000000000000ull
#define INFINITY_BITS 0x7FF0000000000000ull

/* The run-time ABI's names (and GCC's older ones, as aliases); declared here because no header does. */
double __aeabi_dadd(double a, double b);
double __aeabi_dsub(double a, double b);
double __aeabi_drsub(double a, double b);
double __adddf3(double a, double b);
double __subdf3(double a, double b);
double __aeabi_i2d(int32_t v);
double __floatsidf(int32_t v);
double __aeabi_ui2d(uint32_t v);
double __floatunsidf(uint32_t v);
double __aeabi_l2d(int64_t v);
double __floatdidf(int64_t v);
double __aeabi_ul2d(uint64_t v);
double __floatundidf(uint64_t v);
double __aeabi_f2d(float v);
double __extendsfdf2(float v);

/* The helpers are always inlined so that the addition is a leaf function: when a runaway recursion overflows
 * the stack inside it, the only return address it has pushed is the app's, which the mps2 fault handler's
 * stack scan then reports (boards/mps2-an385/arch.c, scan_return_address). */
static inline __attribute__((always_inline)) uint64_t bits_of(double v) {
  uint64_t b;
  __builtin_memcpy(&b, &v, sizeof b);
  return b;
}

static inline __attribute__((always_inline)) double double_of(uint64_t b) {
  double v;
  __builtin_memcpy(&v, &b, sizeof v);
  return v;
}

/* m >> n with every bit shifted out folded into bit 0 (the sticky bit). */
static inline __attribute__((always_inline)) uint64_t shift_sticky(uint64_t m, uint32_t n) {
  if (n == 0) return m;
  if (n >= 64) return m != 0 ? 1u : 0u;
  return (m >> n) | ((m << (64 - n)) != 0 ? 1u : 0u);
}

/* Packs sign, exponent field e (>= 1) and significand m with 3 extra low bits, m < 2^56, into a double:
 * rounds to nearest, ties to even; m below 2^55 only when e is 1 (a subnormal result). */
static inline __attribute__((always_inline)) double round_pack(uint64_t sign, int32_t e, uint64_t m) {
  uint32_t extra = (uint32_t)(m & 7u);
  m >>= 3;
  if (extra > 4u || (extra == 4u && (m & 1u) != 0)) m++;
  /* (e - 1) << 52 plus m: the hidden bit of m carries into the exponent field, also when rounding made
   * m 2^53 or turned a subnormal into the smallest normal. */
  uint64_t bits = ((uint64_t)(e - 1) << 52) + m;
  if (bits >= INFINITY_BITS) bits = INFINITY_BITS;
  return double_of(sign | bits);
}

/* a + b for the bit patterns a and b. */
static double add_bits(uint64_t a, uint64_t b) {
  uint64_t abs_a = a & ~SIGN, abs_b = b & ~SIGN;
  if (abs_a < abs_b) { /* make a the larger magnitude */
    uint64_t t = a;
    a = b;
    b = t;
    t = abs_a;
    abs_a = abs_b;
    abs_b = t;
  }
  if (abs_a >= INFINITY_BITS) { /* the larger is infinite or NaN */
    if (abs_a > INFINITY_BITS || abs_b > INFINITY_BITS) return double_of(QUIET_NAN);
    if (abs_b == INFINITY_BITS && (a ^ b) == SIGN) return double_of(QUIET_NAN); /* inf - inf */
    return double_of(a);
  }
  if (abs_b == 0) {
    /* x + ±0 is x, except that +0 + -0 is +0 (round to nearest) and -0 + -0 is -0. */
    return double_of(abs_a == 0 ? a & b : a);
  }
  int32_t ea = (int32_t)(abs_a >> 52), eb = (int32_t)(abs_b >> 52);
  /* Significands with the hidden bit and 3 extra low bits; subnormals (exponent field 0) scale like
   * field 1 without the hidden bit. */
  uint64_t ma = ((abs_a & FRACTION) | (ea != 0 ? HIDDEN : 0u)) << 3;
  uint64_t mb = ((abs_b & FRACTION) | (eb != 0 ? HIDDEN : 0u)) << 3;
  ea += ea == 0;
  eb += eb == 0;
  uint32_t d = (uint32_t)(ea - eb);
  if (d >= 57) {
    mb = 1; /* all of b is below the sticky bit */
  } else if (d != 0) {
    mb = (mb >> d) | ((mb << (64 - d)) != 0 ? 1u : 0u);
  }
  uint64_t m;
  if (((a ^ b) & SIGN) == 0) {
    m = ma + mb;
    if (m >= (HIDDEN << 4)) { /* carried into a new leading bit */
      m = (m >> 1) | (m & 1u);
      ea++;
    }
  } else {
    m = ma - mb;
    if (m == 0) return 0.0; /* x - x is +0 */
    /* Bring the leading bit back to bit 55. When more than one bit is needed the exponents differed by
     * at most one, so no bit was shifted out of mb and the shifts are exact. */
    while (m < (HIDDEN << 3) && ea > 1) {
      m <<= 1;
      ea--;
    }
  }
  return round_pack(a & SIGN, ea, m);
}

double __aeabi_dadd(double a, double b) {
  return add_bits(bits_of(a), bits_of(b));
}

double __aeabi_dsub(double a, double b) {
  return add_bits(bits_of(a), bits_of(b) ^ SIGN);
}

double __aeabi_drsub(double a, double b) {
  return add_bits(bits_of(b), bits_of(a) ^ SIGN);
}

double __adddf3(double a, double b) __attribute__((alias("__aeabi_dadd")));
double __subdf3(double a, double b) __attribute__((alias("__aeabi_dsub")));

/* An unsigned 64-bit integer as the nearest double (ties to even). */
static inline __attribute__((always_inline)) double from_u64(uint64_t sign, uint64_t v) {
  if (v == 0) return double_of(sign);
  int32_t top = 63 - __builtin_clzll(v); /* index of the leading bit */
  if (top <= 52) return double_of(sign | (((uint64_t)(top + 1023) << 52) + ((v << (52 - top)) & FRACTION)));
  /* Keep 56 bits (53 and 3 extra), the rest folded into the sticky bit. */
  uint64_t m = top < 55 ? v << (55 - top) : shift_sticky(v, (uint32_t)(top - 55));
  return round_pack(sign, top + 1023, m);
}

double __aeabi_ui2d(uint32_t v) {
  return from_u64(0, v);
}

double __aeabi_i2d(int32_t v) {
  return v < 0 ? from_u64(SIGN, 0u - (uint64_t)(int64_t)v) : from_u64(0, (uint64_t)v);
}

double __aeabi_ul2d(uint64_t v) {
  return from_u64(0, v);
}

double __aeabi_l2d(int64_t v) {
  return v < 0 ? from_u64(SIGN, 0u - (uint64_t)v) : from_u64(0, (uint64_t)v);
}

double __floatunsidf(uint32_t v) __attribute__((alias("__aeabi_ui2d")));
double __floatsidf(int32_t v) __attribute__((alias("__aeabi_i2d")));
double __floatundidf(uint64_t v) __attribute__((alias("__aeabi_ul2d")));
double __floatdidf(int64_t v) __attribute__((alias("__aeabi_l2d")));

double __aeabi_f2d(float v) {
  uint32_t f;
  __builtin_memcpy(&f, &v, sizeof f);
  uint64_t sign = (uint64_t)(f >> 31) << 63;
  uint32_t e = (f >> 23) & 0xFFu;
  uint64_t m = f & 0x7FFFFFu;
  if (e == 0xFFu) { /* infinity, or NaN (kept quiet, payload kept) */
    return double_of(sign | INFINITY_BITS | (m << 29) | (m != 0 ? QUIET_NAN : 0u));
  }
  if (e == 0) {
    if (m == 0) return double_of(sign);
    /* A subnormal float is a normal double: normalise. */
    int32_t shift = __builtin_clzll(m) - 40; /* moves the leading bit to bit 23 */
    m = (m << shift) & 0x7FFFFFu;
    return double_of(sign | ((uint64_t)(1023 - 126 - shift) << 52) | (m << 29));
  }
  return double_of(sign | ((uint64_t)(e - 127 + 1023) << 52) | (m << 29));
}

double __extendsfdf2(float v) __attribute__((alias("__aeabi_f2d")));

#else

/* ISO C wants at least one declaration in a translation unit. */
typedef int rt_math_softfloat_unused_t;

#endif
