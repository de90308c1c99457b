// @qemu
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function fact(n: number): number {
  if (n <= 1) return 1;
  return n * fact(n - 1);
}
function ack(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
for (let i = 0; i < 25; i++) console.log("fib", i, fib(i));
for (let i = 0; i < 30; i++) console.log("fact", i, fact(i));
console.log(ack(2, 3), ack(3, 3), isEven(10), isOdd(7), isEven(7));
