// @qemu
// Destructuring objects and arrays in declarations and for...of: defaults, renaming, nesting, holes
interface Point {
  x: number;
  y: number;
  label?: string;
}
const p: Point = { x: 3, y: 4 };
const { x, y: why, label = "none" } = p;
console.log(x, why, label);
const [first, , third = 30] = [1, 2, undefined, 4, 5];
console.log(first, third);
function len(pt: Point): number {
  const { x: px, y: py } = pt;
  return Math.hypot(px, py);
}
function head(xs: number[]): number {
  const [a = 0, b = 0] = xs;
  return a * 10 + b;
}
console.log(len(p), head([4, 2]), head([7]), head([]));
const nested = { outer: { inner: [10, 20] }, tag: "n" };
const {
  outer: {
    inner: [i0, i1],
  },
  tag,
} = nested;
console.log(i0, i1, tag);
const pts: Point[] = [p, { x: -1, y: -2, label: "neg" }];
for (const { x: qx, y: qy, label: ql = "?" } of pts) console.log(qx + qy, ql);
const pairs: [string, number][] = [
  ["a", 1],
  ["b", 2],
];
for (const [k, v] of pairs) console.log(k.repeat(v));
