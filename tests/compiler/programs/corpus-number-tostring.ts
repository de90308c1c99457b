// @qemu
// String(x) and template formatting of doubles: exponents, -0, tiny, huge, rounding
const xs = [0, -0, 1, -1, 0.5, 0.1, 1 / 3, 2 / 3, 123456789, 1e20, 1e21, 1.5e-6, 1e-7, 5e-324];
for (const x of xs) console.log(String(x), `${x}`);
console.log(String(1.7976931348623157e308), String(-1e-300), String(2 ** 53), String(2 ** 53 + 2));
console.log(String(NaN), String(Infinity), String(-Infinity), String(true), String(false));
console.log(String(null), String(undefined), String("s"), String(123.456e5));
let x = 1;
for (let i = 0; i < 8; i++) {
  x = x * 7.3;
  console.log(x);
}
