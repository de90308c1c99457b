let p = 1;
for (let i = 0; i < 80; i++) {
  console.log(p, p + 0.5, p * 1.1);
  p = p * 10;
}
let q = 1;
for (let i = 0; i < 30; i++) {
  q = q / 10;
  console.log(q, q * 3);
}
