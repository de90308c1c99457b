// math-functions.ts: every Math function over sweeps of arguments, printed for comparison with Node.
//
// Runs unchanged under Node and compiled (tests/runtime/math-e2e.test.ts), on the native board and on
// mps2-an385, where every double operation is software: console.log prints the shortest digits that
// identify each double, so a result one bit off shows as different text. The work is split into timer
// callbacks, one small step each, to stay within the kernel's time budget per callback on the emulated
// Cortex-M3.

let x = 3e-9;
let y = -1;
let step = 0;

function sweep(i: number): void {
  x = x * 1.41 + 1e-9;
  const s = i % 2 === 0 ? x : -x;
  console.log(i, s, Math.sin(s), Math.cos(s), Math.tan(s), Math.atan(s), Math.sinh(s / 1e18), Math.asinh(s));
  console.log(
    Math.exp(s / 1e17),
    Math.expm1(s / 1e18),
    Math.log(x),
    Math.log2(x),
    Math.log10(x),
    Math.log1p(s / 1e20),
  );
  console.log(Math.cbrt(s), Math.sqrt(x), Math.cosh(s / 1e18), Math.tanh(s / 1e19), Math.acosh(1 + x / 1e15));
  console.log(Math.pow(x, 1 / 3), Math.pow(1 + x / 1e19, s / 1e9), x ** -0.75, (-s) ** 3, Math.pow(s, i % 7));
  console.log(
    Math.atan2(s, i - 80),
    Math.hypot(s, i, 1 / x),
    Math.hypot(x),
    Math.hypot(),
    Math.hypot(3, 4, s),
  );
}

function inverse(): void {
  console.log(y, Math.asin(y), Math.acos(y), Math.atanh(y), Math.atan2(y, -0.5), Math.atan2(-0, y));
  y += 0.02;
}

function exact(i: number): void {
  const h = i / 4;
  console.log(
    h,
    Math.round(h),
    Math.floor(h),
    Math.ceil(h),
    Math.trunc(h),
    Math.sign(h),
    Math.abs(h),
    Math.fround(h / 3),
  );
  console.log(
    Math.clz32(i * 123456789),
    Math.imul(i * 987654321, 123456789),
    Math.max(h, -h, 0),
    Math.min(h, 2, -0),
  );
}

// Sums that round differently with libgcc's Cortex-M3 double addition (rt_math_softfloat.c).
function sums(): void {
  let a = 1;
  for (let i = 0; i < 40; i++) {
    const b = -(1 + i / 41) * 2 ** -33;
    console.log(a + b, a - -b, -a - b, b + a);
    a += 2 ** -52;
  }
}

function specials(): void {
  console.log(Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
  console.log(Math.max(), Math.min(), Math.max(NaN, 1), Math.min(0, -0), Math.max(-0, 0), Math.round(-0.5));
  console.log(
    Math.sin(1e300),
    Math.cos(1e22),
    Math.tan(2 ** 1000),
    Math.exp(709.78),
    Math.exp(-745.1),
    Math.pow(2, -1074),
  );
  console.log(1 ** NaN, Math.pow(-1, Infinity), Math.pow(-8, 1 / 3), 0 ** -1, (-0) ** -3, Math.atan2(0, -0));
  const r = Math.random();
  console.log(r >= 0 && r < 1);
}

// Steps 0-159 sweep, 160-260 inverse functions, 261-321 exact ones, then the rest.
const timer = setInterval(() => {
  if (step < 160) {
    sweep(step);
  } else if (step <= 260) {
    inverse();
  } else if (step <= 321) {
    exact(step - 291);
  } else {
    sums();
    specials();
    clearInterval(timer);
  }
  step++;
}, 1);
