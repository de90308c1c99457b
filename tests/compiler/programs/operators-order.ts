let g = 1;
function bump(): number {
  g = g * 10;
  return g;
}
console.log(g + bump(), g, bump() + g, g - bump() * 2 + g);
let h = 5;
h += bump();
console.log(h, g);
function show(a: number, b: number, c: number): number {
  console.log("show", a, b, c);
  return a + b + c;
}
g = 2;
console.log(show(g, bump(), g));
let k = 0;
console.log(k++ + k++ * 10, k, (k = 5) + k);
