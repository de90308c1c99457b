// @qemu
// Function expressions, arrows stored in objects and arrays, immediately invoked functions
const square = function (x: number): number {
  return x * x;
};
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(square(7), fact(10), fact(20), fact(25));
interface Ops {
  add: (a: number, b: number) => number;
  sub: (a: number, b: number) => number;
  pow: (a: number, b: number) => number;
}
const ops: Ops = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  pow: (a, b) => a ** b,
};
console.log(ops.add(2, 3), ops.sub(2, 3), ops.pow(2, 10));
const result = ((n: number): number => {
  let s = 0;
  for (let i = 1; i <= n; i++) s += i;
  return s;
})(100);
console.log(result);
const table: [string, (x: number) => number][] = [
  ["abs", (x) => Math.abs(x)],
  ["neg", (x) => -x],
  ["half", (x) => x / 2],
];
for (const [name, fn] of table) console.log(name, fn(-9), fn(4));
function apply2(f: (x: number) => number): (x: number) => number {
  return (x) => f(f(x));
}
console.log(apply2(square)(3), apply2(apply2((x) => x + 1))(0));
