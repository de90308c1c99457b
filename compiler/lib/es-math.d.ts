// es-math.d.ts: the Math object a regen app sees: every function and constant of ECMAScript's Math.
//
// Each function compiles to a call of `rg_math_<name>` (runtime-c/include/rg_math.h), which returns the
// same double Node 20 does for the same arguments, bit for bit (tests/runtime/math.test.ts checks every
// function on 20,000+ inputs). Math.random is the exception: a per-app generator whose numbers differ
// from Node's. The constants are folded into the C code as their values.

interface Math {
  /** Euler's number e, 2.718281828459045. */
  readonly E: number;
  /** The natural logarithm of 10, 2.302585092994046. */
  readonly LN10: number;
  /** The natural logarithm of 2, 0.6931471805599453. */
  readonly LN2: number;
  /** The base-10 logarithm of e, 0.4342944819032518. */
  readonly LOG10E: number;
  /** The base-2 logarithm of e, 1.4426950408889634. */
  readonly LOG2E: number;
  /** Pi, 3.141592653589793. */
  readonly PI: number;
  /** The square root of 1/2, 0.7071067811865476. */
  readonly SQRT1_2: number;
  /** The square root of 2, 1.4142135623730951. */
  readonly SQRT2: number;

  /** The absolute value of x. */
  abs(x: number): number;
  /** The arc cosine of x in radians, in [0, pi]; NaN outside [-1, 1]. */
  acos(x: number): number;
  /** The inverse hyperbolic cosine of x; NaN below 1. */
  acosh(x: number): number;
  /** The arc sine of x in radians, in [-pi/2, pi/2]; NaN outside [-1, 1]. */
  asin(x: number): number;
  /** The inverse hyperbolic sine of x. */
  asinh(x: number): number;
  /** The arc tangent of x in radians, in [-pi/2, pi/2]. */
  atan(x: number): number;
  /** The inverse hyperbolic tangent of x; ±Infinity at ±1, NaN outside [-1, 1]. */
  atanh(x: number): number;
  /** The angle in radians, in [-pi, pi], from the positive x axis to the point (x, y). Note the order: y first. */
  atan2(y: number, x: number): number;
  /** The cube root of x. */
  cbrt(x: number): number;
  /** The smallest integer not below x. */
  ceil(x: number): number;
  /** The number of leading zero bits in the 32-bit unsigned form of x. */
  clz32(x: number): number;
  /** The cosine of x (radians). */
  cos(x: number): number;
  /** The hyperbolic cosine of x. */
  cosh(x: number): number;
  /** e raised to the power x. */
  exp(x: number): number;
  /** e^x - 1, accurate also for x near 0. */
  expm1(x: number): number;
  /** The largest integer not above x. */
  floor(x: number): number;
  /** x rounded to the nearest 32-bit float. */
  fround(x: number): number;
  /** The square root of the sum of the squares of its arguments, without overflow on the way. */
  hypot(...values: number[]): number;
  /** The 32-bit integer product of x and y (C-like multiplication of int32 values). */
  imul(x: number, y: number): number;
  /** The natural logarithm of x; -Infinity for 0, NaN for negative x. */
  log(x: number): number;
  /** The natural logarithm of 1 + x, accurate also for x near 0. */
  log1p(x: number): number;
  /** The base-10 logarithm of x. */
  log10(x: number): number;
  /** The base-2 logarithm of x. */
  log2(x: number): number;
  /** The largest argument (-Infinity with none); NaN if any is NaN. */
  max(...values: number[]): number;
  /** The smallest argument (Infinity with none); NaN if any is NaN. */
  min(...values: number[]): number;
  /** x to the power y, like `x ** y`. */
  pow(x: number, y: number): number;
  /** A pseudo-random number in [0, 1), from a generator seeded at each start of the app. Not the
   * numbers Node would produce, and not for secrets. */
  random(): number;
  /** x rounded to the nearest integer; halves round up (Math.round(-2.5) is -2). */
  round(x: number): number;
  /** 1 for positive x, -1 for negative x, x itself for 0, -0 and NaN. */
  sign(x: number): number;
  /** The sine of x (radians). */
  sin(x: number): number;
  /** The hyperbolic sine of x. */
  sinh(x: number): number;
  /** The square root of x; NaN for negative x. */
  sqrt(x: number): number;
  /** The tangent of x (radians). */
  tan(x: number): number;
  /** The hyperbolic tangent of x. */
  tanh(x: number): number;
  /** The integer part of x (rounds towards 0). */
  trunc(x: number): number;
}

declare const Math: Math;
