// @qemu
// Discriminated unions on a literal kind field narrowed with if, literal types and aliases
type Shape =
  | { kind: "circle"; r: number }
  | { kind: "rect"; w: number; h: number }
  | { kind: "tri"; a: number; b: number; c: number };
function area(s: Shape): number {
  if (s.kind === "circle") return Math.PI * s.r ** 2;
  if (s.kind === "rect") return s.w * s.h;
  const p = (s.a + s.b + s.c) / 2;
  return Math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c));
}
const shapes: Shape[] = [
  { kind: "circle", r: 1 },
  { kind: "rect", w: 2, h: 5 },
  { kind: "tri", a: 3, b: 4, c: 5 },
];
for (const s of shapes) console.log(s.kind, area(s).toFixed(3));
type Dir = "n" | "e" | "s" | "w";
function turn(d: Dir): Dir {
  return d === "n" ? "e" : d === "e" ? "s" : d === "s" ? "w" : "n";
}
let d: Dir = "n";
const path: Dir[] = [];
for (let i = 0; i < 5; i++) {
  path.push(d);
  d = turn(d);
}
console.log(path.join(">"));
type Result = { ok: true; value: number } | { ok: false; error: string };
function safeDiv(a: number, b: number): Result {
  return b === 0 ? { ok: false, error: "div by zero" } : { ok: true, value: a / b };
}
for (const r of [safeDiv(1, 4), safeDiv(1, 0)])
  console.log(r.ok ? `value ${r.value}` : `error ${r.error}`, r);
