function steps(n: number): number {
  let s = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    s++;
  }
  return s;
}
let best = 0;
let bestN = 0;
for (let n = 1; n < 1000; n++) {
  const s = steps(n);
  if (s > best) {
    best = s;
    bestN = n;
    console.log("new best", n, s);
  }
}
console.log(bestN, best);
