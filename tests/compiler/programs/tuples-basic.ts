// @qemu
// Tuple types: literals, constant indexes (typed per position), writes, length, destructuring, tuples
// as parameters and results, arrays of tuples, labelled and readonly tuples, optional elements, Map
// entries as tuples, and tuples holding objects and functions.
type Pair = [string, number];
type Range = readonly [start: number, end: number];

function minMax(xs: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

function divmod(a: number, b: number): [q: number, r: number] {
  return [Math.floor(a / b), a % b];
}

function width(r: Range): number {
  return r[1] - r[0];
}

function swap<A, B>(t: [A, B]): [B, A] {
  return [t[1], t[0]];
}

function describe(p: Pair): string {
  const [name, score] = p;
  return `${name.toUpperCase()}:${score.toFixed(1)}`;
}

function maybe(t: [number, string?]): string {
  return t[1] === undefined ? `${t[0]} alone` : `${t[0]} with ${t[1]}`;
}

function main(): void {
  const p: Pair = ["ada", 36];
  console.log(p, p[0], p[1] + 1, p.length, describe(p));
  p[1] = 40;
  p[0] = p[0] + "!";
  console.log(p, describe(["bob", 7.25]));
  const [lo, hi] = minMax([3, -2, 8, 0.5]);
  console.log(lo, hi, minMax([]));
  const [q, r] = divmod(17, 5);
  console.log(q, r, divmod(-7, 2));
  const range: Range = [2, 9];
  console.log(width(range), width([5, 5]), range);
  console.log(swap<string, number>(["x", 1]), swap([true, [1, 2]]));
  const table: Pair[] = [
    ["a", 3],
    ["b", 1],
    ["c", 2],
  ];
  table.sort((x, y) => x[1] - y[1]);
  console.log(table, table.map(([n]) => n).join(""), table[0]);
  const scores = new Map<string, number>(table);
  const entries: [string, number][] = [...scores];
  console.log(scores, entries.length, entries[2]);
  console.log(maybe([1]), maybe([2, "two"]));
  const mixed: [number[], { k: string }, (n: number) => number] = [[1, 2], { k: "v" }, (n) => n * 3];
  console.log(mixed[0].length, mixed[1].k, mixed[2](5));
  let state: [number, boolean] = [0, false];
  for (let i = 0; i < 3; i++) state = [state[0] + i, !state[1]];
  console.log(state);
}
main();
