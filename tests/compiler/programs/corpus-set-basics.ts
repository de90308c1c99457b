// @qemu
// Set: add/has/delete, duplicates, iteration order, set algebra via filter, dedupe strings
const s = new Set<number>([3, 1, 3, 2, 1]);
console.log(s, s.size, s.has(2), s.has(4));
s.add(4).add(1);
console.log(Array.from(s), s.delete(3), s.delete(3), Array.from(s));
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set(Array.from(a).concat(Array.from(b)));
const inter = Array.from(a).filter((x) => b.has(x));
const diff = Array.from(a).filter((x) => !b.has(x));
console.log(Array.from(union), inter, diff);
const words = "the cat and the dog and the bird".split(" ");
const unique = new Set(words);
console.log(unique.size, Array.from(unique).join(","));
const visited: string[] = [];
unique.forEach((v, v2) => visited.push(v === v2 ? v.toUpperCase() : "?"));
console.log(visited);
const special = new Set([NaN, NaN, 0, -0]);
console.log(special.size, special.has(NaN), special);
unique.clear();
console.log(unique.size, unique, new Set(["x"]));
for (const [k, v] of new Set(["p"]).entries()) console.log(k, v);
