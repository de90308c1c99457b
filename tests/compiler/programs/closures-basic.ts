// @qemu
function makeCounter(start: number): () => number {
  let count = start;
  return () => {
    count = count + 1;
    return count;
  };
}
const c1 = makeCounter(10);
const c2 = makeCounter(100);
console.log(c1(), c1(), c2(), c1());
const add = (a: number, b: number): number => a + b;
console.log(add(2, 3));
function apply(f: (x: number) => number, v: number): number {
  return f(v);
}
function twice(x: number): number {
  return x * 2;
}
console.log(apply(twice, 21), apply((x) => x - 1, 10));

let total = 0;
const bump = (by: number = 5): void => {
  total += by;
};
bump();
bump(2);
console.log(total);
