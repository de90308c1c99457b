// @qemu
// Math trigonometric and hyperbolic functions, including inverse ones and atan2 quadrants
const angles = [0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, -Math.PI / 3, 1e-8, 10];
for (const a of angles) console.log(a, Math.sin(a), Math.cos(a), Math.tan(a));
for (const v of [-1, -0.5, 0, 0.5, 1, 2]) console.log(v, Math.asin(v), Math.acos(v), Math.atan(v));
for (const v of [0, 0.5, 1, 2, -3]) console.log(v, Math.sinh(v), Math.cosh(v), Math.tanh(v));
for (const v of [0, 0.5, 1, 2, -1]) console.log(v, Math.asinh(v), Math.acosh(v), Math.atanh(v));
const pts: [number, number][] = [
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
  [0, -0],
  [-0, -0],
  [0, -1],
];
for (const [y, x] of pts) console.log(y, x, Math.atan2(y, x));
console.log(Math.sin(Infinity), Math.tanh(Infinity), Math.atan(Infinity));
