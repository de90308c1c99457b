// @qemu
let pi = 0;
let sign = 1;
for (let k = 0; k < 2000; k++) {
  pi += (sign * 4) / (2 * k + 1);
  sign = -sign;
  if (k % 250 === 0) console.log(k, pi);
}
let e = 1;
let term = 1;
for (let n = 1; n < 20; n++) {
  term = term / n;
  e = e + term;
  console.log("e", n, e, term);
}
let h = 0;
for (let n = 1; n <= 100; n++) h += 1 / n;
console.log("harmonic", h);
