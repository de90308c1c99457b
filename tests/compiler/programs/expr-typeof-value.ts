// `typeof x` as a value for every kind of value regen has, in variables, template literals, switch
// and as a Map key; its operand is still evaluated for its side effects.
type Value = number | string | boolean | null | undefined | number[] | Map<string, number> | (() => number);

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

function square(n: number): number {
  return n * n;
}

function kinds(): void {
  const t = typeof 1;
  console.log(t, typeof "s", typeof true, typeof undefined, typeof null, typeof square);
  console.log(typeof [1], typeof { a: 1 }, typeof new Point(1, 2), typeof new Map<string, number>());
  console.log(typeof new Set<number>(), typeof new Float64Array(1), typeof new Error("e"));
  console.log(typeof NaN, typeof Infinity, typeof "", typeof ((x: number): number => x), typeof Math.PI);
}

function describe(v: Value): string {
  const kind = typeof v;
  switch (kind) {
    case "number":
      return `number ${String(v)}`;
    case "string":
      return `string of ${String(v).length}`;
    case "function":
      return "a function";
    case "object":
      return v === null ? "null object" : "an object";
    default:
      return kind;
  }
}

function census(): void {
  const values: Value[] = [0, "abc", false, null, undefined, [1, 2], new Map<string, number>(), () => 7];
  const counts = new Map<string, number>();
  for (const v of values) {
    console.log(describe(v));
    const k = typeof v;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  console.log(counts);
  const names: string[] = values.map((v) => typeof v);
  console.log(names.join(" "), `${typeof values}/${typeof names[0]}`);
}

function effects(): void {
  let calls = 0;
  const bump = (): number => ++calls;
  const a = typeof bump();
  const b = typeof String(bump());
  console.log(a, b, calls);
  const maybe: string | undefined = calls > 1 ? "set" : undefined;
  console.log(typeof maybe, typeof maybe === "string", typeof (maybe ?? 1));
}

kinds();
census();
effects();
