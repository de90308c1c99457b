// @qemu
// Spread in array literals (arrays, strings by code point, Set, Map entries, typed arrays), in calls
// of declared functions, methods, constructors, function values and library rest parameters
// (Math.max, push, unshift, String.fromCharCode), with evaluation order kept left to right.
function sum3(a: number, b: number, c: number): number {
  return a + b + c;
}
function count(...xs: string[]): string {
  return `${xs.length}:${xs.join("")}`;
}
function tagged(tag: string, ...vals: number[]): string {
  return `${tag}[${vals.join(",")}]`;
}

class Vec {
  readonly parts: number[];
  constructor(...parts: number[]) {
    this.parts = parts;
  }
  plus(...more: number[]): Vec {
    return new Vec(...this.parts, ...more);
  }
}

let trace = "";
function note(s: string): string {
  trace += s;
  return s;
}
function notes(s: string): string[] {
  trace += s.toUpperCase();
  return [s, s];
}

function arrays(): void {
  const a = [1, 2];
  const b = [3, 4, 5];
  console.log([...a, ...b], [0, ...a, 9, ...b, 10], [...a], [...[]], [...a, ...a].length);
  const copy = [...a];
  copy.push(99);
  console.log(a, copy);
  console.log([..."héllo"], [..."a😀b"].length, [...new Set([3, 1, 3, 2, 1])]);
  const m = new Map<string, number>([
    ["x", 1],
    ["y", 2],
  ]);
  console.log([...m], [...m.keys()], [...m.values()]);
  console.log([...new Uint8Array([7, 8, 300])]);
  const nested = [[1], [2, 3]];
  console.log([...nested, ...nested[1]!.map((x) => x * 10)]);
  const order = [note("a"), ...notes("b"), note("c"), ...notes("d")];
  console.log(order, trace);
}

function calls(): void {
  const t: [number, number, number] = [1, 2, 3];
  console.log(sum3(...t));
  const words = ["x", "y", "z"];
  console.log(count(...words), count(), count("a", ...words, "b"), tagged("t", ...[1, 2], 3));
  const xs = [4, -1, 9.5, 3];
  console.log(Math.max(...xs), Math.min(...xs), Math.max(...[]), Math.hypot(...[3, 4]));
  const dst = [0];
  const n = dst.push(...xs, ...[7]);
  dst.unshift(...["a", "b"].map((s) => s.length));
  console.log(n, dst);
  console.log(String.fromCharCode(...[72, 105, 33]));
  const v = new Vec(...[1, 2]).plus(...xs).plus();
  console.log(v.parts);
  const f = (a: number, b: number, ...rest: number[]): string => `${a}/${b}/${rest.length}`;
  const args: [number, number, number, number] = [5, 6, 7, 8];
  console.log(f(...args), f(1, ...args), f(...[1, 2]));
  const fns = { apply: (...ys: number[]): number => ys.reduce((p, q) => p * q, 1) };
  console.log(fns.apply(...args), fns.apply());
}

arrays();
calls();
