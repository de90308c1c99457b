const x = 1;
let total = 0;
function f(x: number): number {
  const y = x * 2;
  {
    const x = y + 1;
    total += x;
    console.log("inner x", x);
  }
  return x + y;
}
console.log(f(5), x, total);
for (let i = 0; i < 2; i++) {
  const x = i * 100;
  for (let i = 0; i < 2; i++) {
    const x2 = x + i;
    console.log("nested", x, i, x2);
  }
}
if (x === 1) {
  const x = 7;
  console.log("shadow in if", x);
}
console.log("outer x", x);
