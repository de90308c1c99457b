// @qemu
// Default parameters (depending on earlier ones) and rest parameters on arrows and function expressions
const greet = (
  name: string,
  greeting: string = "Hello",
  punct: string = greeting === "Hello" ? "!" : ".",
): string => `${greeting}, ${name}${punct}`;
console.log(greet("Ada"), greet("Bob", "Hi"), greet("Cy", "Hey", "?"), greet("Di", undefined, ";"));
const sum = function (...nums: number[]): number {
  let s = 0;
  for (const n of nums) s += n;
  return s;
};
console.log(sum(), sum(1), sum(1, 2, 3), sum(4, 5, 6, 7, 8, 9, 10));
const tagged = (tag: string, ...rest: number[]): string => `${tag}:${rest.length}:${rest.join("+")}`;
console.log(tagged("a"), tagged("b", 1, 2), tagged("c", 9, 8, 7));
const withDefault = (x: number, scale = 10): number => x * scale;
console.log(withDefault(2), withDefault(2, 3));
let counter = 0;
const next = (step: number = ++counter): number => step;
console.log(next(), next(), next(100), next(), counter);
const maxOf = (first: number, ...others: number[]): number => others.reduce((m, x) => Math.max(m, x), first);
console.log(maxOf(3), maxOf(3, 9, 1), maxOf(-1, -5));
const label = (n: number, unit: string = n === 1 ? "item" : "items"): string => `${n} ${unit}`;
console.log(label(1), label(2), label(0, "things"));
