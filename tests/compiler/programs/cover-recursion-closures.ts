// @qemu
// Recursion in its common forms: recursive module functions (factorial, Ackermann, power set),
// mutual recursion, recursive arrow functions held in consts, memoised recursion with a Map captured
// by a closure, recursive data (a tree of plain objects) walked depth-first, and recursion with an
// accumulator parameter.
interface TreeNode {
  name: string;
  size: number;
  children: TreeNode[];
}

function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
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
function powerSet(xs: string[]): string[][] {
  if (xs.length === 0) return [[]];
  const rest = powerSet(xs.slice(1));
  const head = xs[0] ?? "";
  return rest.concat(rest.map((s) => [head].concat(s)));
}
function sumTo(n: number, acc: number): number {
  return n === 0 ? acc : sumTo(n - 1, acc + n);
}

const hanoi = (n: number, from: string, to: string, via: string, moves: string[]): string[] => {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(`${from}${to}`);
  return hanoi(n - 1, via, to, from, moves);
};

const memoFib = (): ((n: number) => number) => {
  const cache = new Map<number, number>();
  const fib = (n: number): number => {
    if (n < 2) return n;
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const v = fib(n - 1) + fib(n - 2);
    cache.set(n, v);
    return v;
  };
  return fib;
};

function total(t: TreeNode): number {
  return t.size + t.children.reduce((s, c) => s + total(c), 0);
}
function paths(t: TreeNode, prefix: string): string[] {
  const here = `${prefix}/${t.name}`;
  return t.children.reduce((acc, c) => acc.concat(paths(c, here)), [`${here} (${total(t)})`]);
}
function depth(t: TreeNode): number {
  return 1 + t.children.reduce((m, c) => Math.max(m, depth(c)), 0);
}

const leaf = (name: string, size: number): TreeNode => ({ name: name, size: size, children: [] });
const fs: TreeNode = {
  name: "",
  size: 0,
  children: [
    { name: "bin", size: 4, children: [leaf("app", 120), leaf("boot", 16)] },
    {
      name: "data",
      size: 1,
      children: [{ name: "logs", size: 2, children: [leaf("a.log", 30), leaf("b.log", 12)] }],
    },
    leaf("cfg", 3),
  ],
};

console.log([0, 1, 5, 10, 20, 25].map(fact), ack(2, 3), ack(3, 3), isEven(10), isOdd(7), isEven(7));
console.log(
  powerSet(["a", "b", "c"])
    .map((s) => (s.length === 0 ? "∅" : s.join("")))
    .join(" "),
  sumTo(1000, 0),
);
const moves = hanoi(4, "A", "C", "B", []);
console.log(moves.length, moves.slice(0, 6).join(" "), moves[moves.length - 1]);
const fib = memoFib();
console.log(fib(50), fib(78), [10, 20, 30].map(fib));
console.log(total(fs), depth(fs), paths(fs, ""));
