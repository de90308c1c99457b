// @qemu
// Math rounding and sign functions on edge values
const xs = [
  0,
  -0,
  0.5,
  -0.5,
  1.5,
  -1.5,
  2.5,
  -2.5,
  0.49999999999999994,
  1e21,
  -3.7,
  NaN,
  Infinity,
  -Infinity,
];
for (const x of xs) {
  console.log(x, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x), Math.sign(x), Math.abs(x));
}
console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, -3, 2), Math.max(1, NaN), Math.min(-0, 0));
console.log(Math.max(-0, 0), Math.fround(5.5), Math.fround(5.05), Math.fround(1e40), Math.fround(-0));
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(3.9));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(-5, 12));
