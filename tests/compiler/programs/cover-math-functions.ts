// Math functions against Node's exact results: rounding family with halves and negative zero, min/max
// with NaN and no arguments, powers, roots, logs, trig and inverse trig, hyperbolics, hypot, fround,
// clz32 and imul, sign, and the constants.
function rounding(): void {
  const xs = [2.5, -2.5, 0.49999999999999994, -0.2, 1.5, -1.5, 0, -0, 4.7, -4.7, 1e16 + 1, NaN];
  console.log(xs.map((x) => Math.round(x)));
  console.log(xs.map((x) => Math.floor(x)));
  console.log(xs.map((x) => Math.ceil(x)));
  console.log(xs.map((x) => Math.trunc(x)));
  console.log(xs.map((x) => Math.sign(x)));
  console.log(Math.abs(-0), Math.abs(-Infinity), Math.abs(-5.5), Math.abs(NaN));
}

function extremes(): void {
  console.log(
    Math.max(),
    Math.min(),
    Math.max(1, NaN, 3),
    Math.min(-0, 0),
    Math.max(-0, 0),
    Math.max(-1, -7, -3),
    Math.min(4, 2, 8),
  );
  console.log(
    Math.pow(2, 10),
    2 ** -1,
    Math.pow(-8, 1 / 3),
    Math.pow(0, 0),
    Math.pow(NaN, 0),
    Math.pow(1, Infinity),
    (-2) ** 3,
    10 ** 21,
  );
  console.log(
    Math.sqrt(2),
    Math.sqrt(-1),
    Math.sqrt(-0),
    Math.cbrt(-27),
    Math.cbrt(2),
    Math.hypot(3, 4),
    Math.hypot(),
    Math.hypot(1e200, 1e200),
    Math.hypot(NaN, Infinity),
  );
}

function transcendental(): void {
  console.log(
    Math.exp(1),
    Math.exp(-745),
    Math.expm1(1e-10),
    Math.log(10),
    Math.log(0),
    Math.log(-1),
    Math.log1p(1e-15),
  );
  console.log(Math.log2(1024), Math.log2(3), Math.log10(1000), Math.log10(2), Math.log10(0.001));
  const angles = [0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, 1e10, -3];
  console.log(angles.map((a) => Math.sin(a)));
  console.log(angles.map((a) => Math.cos(a)));
  console.log(angles.map((a) => Math.tan(a)));
  console.log(
    Math.asin(0.5),
    Math.acos(-1),
    Math.atan(1),
    Math.asin(2),
    Math.atan2(1, -1),
    Math.atan2(-0, -0),
    Math.atan2(0, -0),
    Math.atan2(Infinity, Infinity),
  );
  console.log(
    Math.sinh(1),
    Math.cosh(1),
    Math.tanh(20),
    Math.asinh(1),
    Math.acosh(2),
    Math.atanh(0.5),
    Math.atanh(1),
  );
}

function bits(): void {
  console.log(
    Math.fround(5.5),
    Math.fround(5.05),
    Math.fround(1e40),
    Math.fround(2 ** -150),
    Math.clz32(1),
    Math.clz32(0),
    Math.clz32(-1),
    Math.clz32(0.5),
  );
  console.log(
    Math.imul(3, 4),
    Math.imul(0xffffffff, 5),
    Math.imul(0x7fffffff, 0x7fffffff),
    Math.imul(-5, 12),
    Math.imul(2 ** 32 + 3, 2),
  );
  console.log(Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.PI, Math.SQRT1_2, Math.SQRT2);
  const r = Math.random();
  console.log(r >= 0 && r < 1, typeof r === "number");
}

rounding();
extremes();
transcendental();
bits();
