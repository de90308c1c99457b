// @qemu
// toFixed across digits, halves, negatives and large values
const xs = [0, 1.005, 1.45, 2.5, -2.5, 0.000001, 123.456, -0.5, 1e20, 1e21, 99.995, 0.1 + 0.2];
for (const x of xs) console.log(x.toFixed(), x.toFixed(1), x.toFixed(2), x.toFixed(5));
console.log((-0).toFixed(2), NaN.toFixed(2), (1 / 0).toFixed(1), (-1 / 0).toFixed(3));
console.log((1.23456789).toFixed(20), (5e-7).toFixed(10));
try {
  console.log((1).toFixed(101));
} catch (e) {
  console.log("range", e instanceof RangeError);
}
let total = 0;
for (let i = 1; i <= 10; i++) {
  total += i * 0.15;
  console.log(`step ${i}: ${total.toFixed(2)}`);
}
