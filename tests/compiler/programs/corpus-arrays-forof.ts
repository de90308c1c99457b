// @qemu
// for...of over arrays, strings, Map and Set, with break and continue and destructuring
const xs = [1, 2, 3, 4, 5, 6, 7];
let evens = 0;
for (const x of xs) {
  if (x % 2 === 1) continue;
  if (x > 5) break;
  evens += x;
}
console.log("evens", evens);
const pairs: [string, number][] = [
  ["a", 1],
  ["b", 2],
];
for (const [k, v] of pairs) console.log(k, v);
const m = new Map<number, string>([
  [3, "three"],
  [1, "one"],
]);
m.set(2, "two");
for (const [k, v] of m) console.log(k, v);
for (const k of m.keys()) console.log("k", k);
const s = new Set(["x", "y", "x", "z"]);
for (const v of s) console.log("s", v);
let mutated = [1, 2, 3];
for (const v of mutated) {
  if (v < 3) mutated.push(v * 10);
  console.log("iter", v);
}
mutated = [];
for (const v of mutated) console.log("never", v);
for (const ch of "a😀b") console.log(ch, ch.length);
