// Union types and narrowing: typeof checks on number | string | boolean, null and undefined checks,
// discriminated unions on a literal kind field with if-chains and switch over the numeric tag,
// instanceof narrowing of class unions, arrays of unions, and functions returning unions.
type Scalar = number | string | boolean;
interface Circle {
  kind: "circle";
  r: number;
}
interface Rect {
  kind: "rect";
  w: number;
  h: number;
}
interface Poly {
  kind: "poly";
  pts: number[];
}
type Shape = Circle | Rect | Poly;

class Ok {
  constructor(readonly value: number) {}
}
class Fail {
  constructor(readonly reason: string) {}
}
type Result = Ok | Fail;

function show(v: Scalar): string {
  if (typeof v === "number") return `num ${v.toFixed(1)}`;
  if (typeof v === "string") return `str ${v.length}:${v.toUpperCase()}`;
  return `bool ${v ? "yes" : "no"}`;
}

function area(s: Shape): number {
  if (s.kind === "circle") return Math.PI * s.r * s.r;
  if (s.kind === "rect") return s.w * s.h;
  let a = 0;
  for (let i = 0; i + 3 < s.pts.length + 2; i += 2) {
    const x1 = s.pts[i] ?? 0;
    const y1 = s.pts[i + 1] ?? 0;
    const x2 = s.pts[(i + 2) % s.pts.length] ?? 0;
    const y2 = s.pts[(i + 3) % s.pts.length] ?? 0;
    a += x1 * y2 - x2 * y1;
  }
  return Math.abs(a) / 2;
}

function parse(s: string): Result {
  const n = Number(s);
  return Number.isNaN(n) || s.trim() === "" ? new Fail(`not a number: '${s}'`) : new Ok(n);
}

function firstLong(xs: string[], min: number): string | undefined {
  return xs.find((x) => x.length >= min);
}

function nameOf(id: number | null | undefined): string {
  if (id === null) return "null id";
  if (id === undefined) return "no id";
  return `id ${id}`;
}

const values: Scalar[] = [3.14159, "volt", true, 0, "", false];
console.log(values.map(show));
const shapes: Shape[] = [
  { kind: "circle", r: 1 },
  { kind: "rect", w: 2, h: 3 },
  { kind: "poly", pts: [0, 0, 4, 0, 4, 3] },
];
console.log(shapes.map((s) => `${s.kind}:${area(s).toFixed(3)}`));
const results = ["42", "x", " ", "1e3"].map(parse);
for (const r of results) console.log(r instanceof Ok ? `ok ${r.value}` : `fail ${r.reason}`);
const total = results.reduce((sum, r) => (r instanceof Ok ? sum + r.value : sum), 0);
console.log(total, firstLong(["a", "abcd", "xyz"], 3) ?? "none", firstLong(["a"], 3) ?? "none");
console.log(nameOf(null), nameOf(undefined), nameOf(0), nameOf(7));
const mixed: (number | string)[] = [1, "2", 3, "four"];
let nums = 0;
let text = "";
for (const m of mixed) {
  if (typeof m === "number") nums += m;
  else text += m;
}
console.log(nums, text, mixed);
let maybe: string | null = null;
for (let i = 0; i < 3; i++) {
  if (maybe === null) maybe = "start";
  else maybe = maybe + i;
}
console.log(maybe, maybe === null ? -1 : maybe.length);
