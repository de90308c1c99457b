// @qemu
// toString(radix), toPrecision and toExponential
const ns = [0, 255, -255, 4096, 3.75, -0.5, 1 / 3, 1e21, 2 ** 40 + 1];
for (const n of ns) console.log(n.toString(2), n.toString(8), n.toString(16), n.toString(36));
console.log((255).toString(), (255).toString(10), (0.1).toString(3));
const ps = [0, 1.5, 123.456, 0.000123, 1e21, -9.99];
for (const p of ps) console.log(p.toPrecision(1), p.toPrecision(3), p.toPrecision(8));
for (const p of ps) console.log(p.toExponential(), p.toExponential(0), p.toExponential(3));
console.log(NaN.toString(2), (-Infinity).toString(16), (1 / 0).toPrecision(3));
try {
  (10).toString(37);
} catch (e) {
  console.log("range", e instanceof RangeError);
}
