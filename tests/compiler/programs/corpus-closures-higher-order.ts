// @qemu
// Higher-order functions: compose, curry, memoize, functions returning functions
const compose =
  (f: (x: number) => number, g: (x: number) => number) =>
  (x: number): number =>
    f(g(x));
const add = (a: number) => (b: number) => a + b;
const times = (a: number) => (b: number) => a * b;
const inc3 = add(3);
const f = compose(times(2), inc3);
console.log(f(1), f(10), compose(inc3, times(2))(1));
const pipeline = (...fns: ((x: number) => number)[]): ((x: number) => number) => {
  return (x) => fns.reduce((acc, fn) => fn(acc), x);
};
console.log(pipeline(inc3, times(10), add(-1))(2), pipeline()(7));
let calls = 0;
function memo(fn: (n: number) => number): (n: number) => number {
  const cache = new Map<number, number>();
  return (n) => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    calls++;
    const v = fn(n);
    cache.set(n, v);
    return v;
  };
}
const slowSquare = memo((n) => n * n);
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls);
const fib: (n: number) => number = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(50), calls);
function repeat(n: number, action: (i: number) => void): void {
  for (let i = 0; i < n; i++) action(i);
}
const seen: number[] = [];
repeat(4, (i) => seen.push(i * i));
console.log(seen);
