// @qemu
// Destructuring in parameters of declared functions, methods, constructors and arrows, with defaults,
// nested patterns, rest elements, and a default for the whole pattern.
interface Point {
  x: number;
  y: number;
}
interface Box {
  name: string;
  at: Point;
  size?: number;
}

function norm({ x, y }: Point): number {
  return Math.sqrt(x * x + y * y);
}

function label({ name, at: { x, y }, size = 1 }: Box): string {
  return `${name}@${x},${y}*${size}`;
}

function firstTwo([a, b]: number[], scale = 1): number {
  return (a ?? 0) * scale + (b ?? 0) * scale;
}

function headTail([head, ...tail]: string[]): string {
  return `${head ?? "-"} | ${tail.join("+")} (${tail.length})`;
}

function origin({ x = 0, y = 0 }: { x?: number; y?: number } = {}): string {
  return `(${x}, ${y})`;
}

function swapPair([a, b]: [string, number]): [number, string] {
  return [b, a];
}

class Segment {
  readonly len: number;
  constructor({ x: x1, y: y1 }: Point, { x: x2, y: y2 }: Point) {
    this.len = Math.hypot(x2 - x1, y2 - y1);
  }
  scaled({ factor = 2, round = false }: { factor?: number; round?: boolean }): number {
    const v = this.len * factor;
    return round ? Math.round(v) : v;
  }
}

function main(): void {
  console.log(norm({ x: 3, y: 4 }), norm({ x: -1, y: 0 }));
  console.log(label({ name: "a", at: { x: 1, y: 2 } }), label({ name: "b", at: { x: 0, y: -1 }, size: 9 }));
  console.log(firstTwo([1, 2, 3]), firstTwo([5], 10), firstTwo([]));
  console.log(headTail(["a", "b", "c"]), headTail(["only"]), headTail([]));
  console.log(origin(), origin({ x: 5 }), origin({ y: -2, x: 1 }));
  console.log(swapPair(["k", 7]));
  const seg = new Segment({ x: 0, y: 0 }, { x: 3, y: 4 });
  console.log(seg.len, seg.scaled({}), seg.scaled({ factor: 1.5 }), seg.scaled({ factor: 0.3, round: true }));
  const pts: Point[] = [
    { x: 1, y: 1 },
    { x: 2, y: 3 },
    { x: -4, y: 0.5 },
  ];
  console.log(pts.map(({ x, y }) => x * y));
  console.log(pts.filter(({ x }) => x > 0).length);
  const sumXY = pts.reduce((acc, { x, y }) => acc + x + y, 0);
  console.log(sumXY);
  const pairs: [string, number][] = [
    ["a", 1],
    ["b", 2],
  ];
  console.log(pairs.map(([k, v]) => `${k}=${v * 10}`).join("&"));
  const m = new Map<string, number>([
    ["x", 10],
    ["y", 20],
  ]);
  let acc = "";
  m.forEach((v, k) => {
    acc += `${k}${v}`;
  });
  const entries = [...m].map(([k, v]) => k + String(v));
  console.log(acc, entries);
  const withDefaults = ([a = "A", b = "B"]: string[]): string => a + b;
  console.log(withDefaults([]), withDefaults(["x"]), withDefaults(["x", "y"]));
}
main();
