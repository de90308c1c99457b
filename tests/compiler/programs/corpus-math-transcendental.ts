// @qemu
// Math exp/log/pow/root family on ordinary and edge values
const xs = [0, 1, 2, 0.5, 10, 1e-10, 100, -1];
for (const x of xs) {
  console.log(x, Math.exp(x), Math.expm1(x), Math.log(x), Math.log1p(x), Math.log10(x), Math.log2(x));
}
for (const x of [0, -0, 4, 2, 27, -8, 1e-300, Infinity]) console.log(x, Math.sqrt(x), Math.cbrt(x));
console.log(
  Math.pow(2, 10),
  Math.pow(2, -2),
  Math.pow(-8, 1 / 3),
  Math.pow(0, 0),
  Math.pow(NaN, 0),
  Math.pow(1, Infinity),
);
console.log(
  Math.hypot(3, 4),
  Math.hypot(),
  Math.hypot(-3),
  Math.hypot(1e200, 1e200),
  Math.hypot(NaN, Infinity),
);
console.log(Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
console.log(Math.log(Math.E), Math.exp(Math.LN2), Math.log2(1024), Math.log10(1e15));
