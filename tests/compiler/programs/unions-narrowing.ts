// @qemu
enum Color {
  Red,
  Green = 5,
  Blue,
}
enum Dir {
  Up = "UP",
  Down = "DOWN",
}
interface Circle {
  kind: "circle";
  r: number;
}
interface Rect {
  kind: "rect";
  w: number;
  h: number;
}
type Shape = Circle | Rect;
function area(s: Shape): number {
  if (s.kind === "circle") return 3 * s.r * s.r;
  return s.w * s.h;
}
function describe(v: number | string | null): string {
  if (v === null) return "nothing";
  if (typeof v === "number") return `number ${v + 1}`;
  return `string ${v.length}`;
}
function first<T>(xs: T[], fallback: T): T {
  return xs.length > 0 ? (xs[0] ?? fallback) : fallback;
}
const shapes: Shape[] = [
  { kind: "circle", r: 2 },
  { kind: "rect", w: 3, h: 4 },
];
for (const s of shapes) console.log(s.kind, area(s));
console.log(describe(41), describe("abc"), describe(null));
console.log(Color.Red, Color.Green, Color.Blue, Dir.Up, Dir.Down);
const c: Color = Color.Blue;
console.log(c === Color.Blue, c > Color.Green);
console.log(first([10, 20], 0) + 1, first<string>([], "none"), first(["a"], "z"));
type Id = number;
const id: Id = 7;
let maybe: number | undefined = undefined;
console.log(maybe ?? id, typeof maybe === "undefined");
maybe = 3;
console.log(maybe ?? id);
