// @qemu
// Default, optional and rest parameters of declared functions, including defaults that use earlier
// parameters, defaults computed by calls, and functions with these parameters used as values.
let calls = 0;
function nextId(): number {
  calls++;
  return calls * 10;
}

function greet(name: string, greeting = "Hello", punct: string = "!"): string {
  return `${greeting}, ${name}${punct}`;
}

function area(w: number, h = w): number {
  return w * h;
}

function withId(label: string, id: number = nextId()): string {
  return `${label}#${id}`;
}

function describe(n: number, unit?: string): string {
  if (unit === undefined) return `${n} (no unit)`;
  return `${n} ${unit}`;
}

function sum(...xs: number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

function joinAll(sep: string, first: string, ...rest: string[]): string {
  let out = first;
  for (const r of rest) out += sep + r;
  return `${out} (${rest.length} more)`;
}

function range(start: number, end?: number, step = 1): number[] {
  const out: number[] = [];
  let lo = start;
  let hi = end ?? start;
  if (end === undefined) lo = 0;
  for (let i = lo; i < hi; i += step) out.push(i);
  return out;
}

function scaled(xs: number[], factor = 2, offset = factor / 2): number[] {
  return xs.map((x) => x * factor + offset);
}

function flag(on?: boolean): string {
  return on === undefined ? "unset" : on ? "on" : "off";
}

function tally(counts: Map<string, number>, key: string, by = 1): number {
  const next = (counts.get(key) ?? 0) + by;
  counts.set(key, next);
  return next;
}

function main(): void {
  console.log(greet("Ada"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"));
  console.log(greet("Dee", undefined, "."));
  console.log(area(3), area(3, 4), area(0.5));
  console.log(withId("a"), withId("b", 7), withId("c"), calls);
  console.log(describe(5), describe(6, "kg"));
  console.log(sum(), sum(1), sum(1, 2, 3, 4.5));
  console.log(joinAll("-", "a"), joinAll("-", "a", "b", "c"));
  console.log(range(4), range(2, 5), range(0, 10, 3));
  console.log(scaled([1, 2]), scaled([1, 2], 3), scaled([1, 2], 3, 0));
  console.log(flag(), flag(true), flag(false));
  const counts = new Map<string, number>();
  tally(counts, "x");
  tally(counts, "x", 5);
  tally(counts, "y");
  console.log(counts);
  // Used as values: missing arguments are undefined, so defaults apply.
  const g: (n: string, g?: string) => string = greet;
  console.log(g("Eve"), g("Fay", "Hey"));
  const s: (...xs: number[]) => number = sum;
  console.log(s(1, 2, 3), [1, 2, 3].map((x) => area(x)));
}
main();
