// @qemu
// Union types narrowed by typeof, === null/undefined, truthiness and Array.isArray
type Input = number | string | boolean | null | undefined | number[];
function describe(v: Input): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "number") return `number ${v.toFixed(1)}`;
  if (typeof v === "string") return `string of ${v.length}`;
  if (typeof v === "boolean") return v ? "yes" : "no";
  return `array sum ${v.reduce((a, b) => a + b, 0)}`;
}
const inputs: Input[] = [1.25, "hello", true, false, null, undefined, [1, 2, 3]];
for (const i of inputs) console.log(describe(i));
function len(x: string | string[]): number {
  return Array.isArray(x) ? x.length * 100 : x.length;
}
console.log(len("abc"), len(["a", "b"]));
function orZero(n: number | undefined): number {
  return n === undefined ? 0 : n;
}
console.log(orZero(undefined), orZero(5), [1, 2, 3].find((x) => x > 5) ?? "none");
function kind(x: number | string | boolean | null): string {
  if (x === null) return "null";
  if (typeof x === "string") return "string";
  if (typeof x === "boolean") return "boolean";
  return "number";
}
console.log(kind(1), kind("s"), kind(false), kind(null));
