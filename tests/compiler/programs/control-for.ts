// @qemu
for (let i = 0, j = 10; i < j; i++, j--) {
  console.log(i, j);
}
let total = 0;
for (let a = 0; a < 5; a++) {
  for (let b = 0; b < 5; b++) {
    if (b > a) break;
    if ((a + b) % 2 === 1) continue;
    total += a * b;
    console.log(a, b, total);
  }
}
let k = 0;
for (; ; ) {
  k += 3;
  if (k > 20) break;
}
console.log("k", k);
for (let i = 0; i < 3; i++) {
  const i2 = i * i;
  console.log("square", i2);
}
