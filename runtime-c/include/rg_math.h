/* rg_math.h: JavaScript's Math object for compiled regen apps, bit for bit what Node computes.
 *
 * `Math.f(x)` in an app compiles to a call of `rg_math_f` (issue 4's naming convention). Each function
 * computes the double Node 20 (V8 11.3) returns for the same arguments, NaN, -0 and infinities
 * included, so a program prints the same digits compiled as under Node (tests/runtime/math.test.ts
 * compares them on 20,000 inputs per function; 100,000 per function also matched):
 *
 *  - exact operations (abs, ceil, floor, round, trunc, sign, sqrt, fround, clz32, imul, max, min) are
 *    computed exactly, with JavaScript's rules for NaN and -0 (Math.round rounds halves up);
 *  - the transcendental functions use the algorithms of V8's src/base/ieee754.cc (FreeBSD's msun /
 *    Sun's fdlibm): the same reductions, polynomials and constants, evaluated in the same order, so
 *    they round identically, including Payne-Hanek reduction for sin/cos/tan of huge arguments;
 *  - pow (and the `**` operator, rg_rt_pow) is V8's fdlibm-based pow; hypot is V8's scaled,
 *    compensated sum;
 *  - random is a per-app xorshift128+ generator (V8's algorithm too, but seeded differently, so its
 *    numbers are never comparable with Node's).
 *
 * Basic double arithmetic is IEEE 754 on every target (hardware on hosts; on Cortex-M3 software, with
 * libgcc's misrounding addition replaced by rt_math_softfloat.c), so the results are the same on every
 * board (tests/runtime/math-cortex-m.test.ts runs the Cortex-M3 and M0 builds under QEMU). Everything here
 * is pure and reentrant except random: no globals, no errno, no libm. Functions take no rg_ctx_t
 * unless they need one (only random). Rest parameters come as (argc, argv) of boxed numbers; the
 * fixed-arity variants (`rg_math_max2`, ...) are fast paths the compiler may call instead, with
 * identical results.
 */
#ifndef RG_MATH_H
#define RG_MATH_H

#include <stdint.h>

#include "rg_val.h"

/* --- constants (the doubles Node's Math.E ... Math.SQRT2 hold) ------------------------------------- */

#define RG_MATH_E 0x1.5bf0a8b145769p1        /* 2.718281828459045 */
#define RG_MATH_LN10 0x1.26bb1bbb55516p1     /* 2.302585092994046 */
#define RG_MATH_LN2 0x1.62e42fefa39efp-1     /* 0.6931471805599453 */
#define RG_MATH_LOG10E 0x1.bcb7b1526e50ep-2  /* 0.4342944819032518 */
#define RG_MATH_LOG2E 0x1.71547652b82fep0    /* 1.4426950408889634 */
#define RG_MATH_PI 0x1.921fb54442d18p1       /* 3.141592653589793 */
#define RG_MATH_SQRT1_2 0x1.6a09e667f3bcdp-1 /* 0.7071067811865476 */
#define RG_MATH_SQRT2 0x1.6a09e667f3bcdp0    /* 1.4142135623730951 */

/* --- exact operations ------------------------------------------------------------------------------ */

/* |x| (clears the sign bit; Math.abs(-0) is 0). */
double rg_math_abs(double x);
/* The nearest integer towards +Infinity / -Infinity / zero; -0 and the sign of results in (-1, 0) are
 * kept as JavaScript does (Math.ceil(-0.5) is -0). NaN and infinities are returned unchanged. */
double rg_math_ceil(double x);
double rg_math_floor(double x);
double rg_math_trunc(double x);
/* Math.round: the nearest integer, halves rounded towards +Infinity (round(-2.5) is -2); results in
 * [-0.5, 0] are -0 for negative x. */
double rg_math_round(double x);
/* -1, 1, or x itself for ±0 and NaN. */
double rg_math_sign(double x);
/* The correctly rounded square root (IEEE 754); NaN for x < 0, -0 for -0. */
double rg_math_sqrt(double x);
/* x rounded to the nearest float32 (ties to even), as a double. */
double rg_math_fround(double x);
/* Leading zero bits of ToUint32(x) (32 for 0). */
double rg_math_clz32(double x);
/* ToInt32(a) * ToInt32(b) modulo 2^32, as an int32. */
double rg_math_imul(double a, double b);

/* Math.max / Math.min over argc boxed numbers (rg_num): NaN if any is NaN, +0 above -0; with no
 * arguments -Infinity (max) and +Infinity (min). */
double rg_math_max(uint32_t argc, const rg_val *argv);
double rg_math_min(uint32_t argc, const rg_val *argv);
/* Math.max(a, b) / Math.min(a, b), for calls with exactly two arguments. */
double rg_math_max2(double a, double b);
double rg_math_min2(double a, double b);

/* Math.hypot over argc boxed numbers: Infinity if any is infinite, else NaN if any is NaN, else V8's
 * sqrt of the compensated sum of squares scaled by the largest magnitude; 0 with no arguments. */
double rg_math_hypot(uint32_t argc, const rg_val *argv);
/* Math.hypot(a, b), for calls with exactly two arguments. */
double rg_math_hypot2(double a, double b);

/* --- exponentials and logarithms ------------------------------------------------------------------- */

double rg_math_exp(double x);
/* e^x - 1, accurate near 0. */
double rg_math_expm1(double x);
/* Natural logarithm: -Infinity for ±0, NaN for x < 0. Same for log2, log10. */
double rg_math_log(double x);
double rg_math_log2(double x);
double rg_math_log10(double x);
/* ln(1 + x), accurate near 0: -Infinity for -1, NaN below. */
double rg_math_log1p(double x);
/* x to the power y with ECMAScript's special cases (NaN for 1 ** NaN and (±1) ** ±Infinity); the same
 * function as the `**` operator (rg_rt_pow). */
double rg_math_pow(double x, double y);
/* The real cube root (negative for negative x). */
double rg_math_cbrt(double x);

/* --- trigonometric (radians) ----------------------------------------------------------------------- */

/* sin, cos, tan of any finite x (huge arguments are reduced with 1200+ bits of 2/pi); NaN for
 * infinities. */
double rg_math_sin(double x);
double rg_math_cos(double x);
double rg_math_tan(double x);
/* Inverses: asin and acos are NaN outside [-1, 1]; atan2 follows ECMAScript's table for zeros and
 * infinities (atan2(±0, -0) is ±pi). */
double rg_math_asin(double x);
double rg_math_acos(double x);
double rg_math_atan(double x);
double rg_math_atan2(double y, double x);

/* --- hyperbolic ----------------------------------------------------------------------------------- */

double rg_math_sinh(double x);
double rg_math_cosh(double x);
double rg_math_tanh(double x);
double rg_math_asinh(double x);
/* NaN for x < 1. */
double rg_math_acosh(double x);
/* ±Infinity for ±1, NaN outside [-1, 1]. */
double rg_math_atanh(double x);

/* --- random ---------------------------------------------------------------------------------------- */

/* Math.random(): a double in [0, 1) with 52 random bits, from the app's xorshift128+ state in cx.
 * The state is zero after every start (rg_ctx_t is zeroed); the first call then seeds it from the
 * kernel's clock and the app's start info (so a restarted app gets a new sequence). Not for secrets. */
double rg_math_random(rg_ctx_t *cx);
/* Sets the generator's state from a 64-bit seed (any value, 0 included), for reproducible runs and
 * tests; the sequence then depends only on seed. */
void rg_math_random_seed(rg_ctx_t *cx, uint64_t seed);

#endif /* RG_MATH_H */
