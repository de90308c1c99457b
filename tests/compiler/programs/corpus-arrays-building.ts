// @qemu
// slice, concat, join, flat, flatMap, Array.of, Array.from, Array.isArray, keys/values/entries
const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.slice(3, 1), a.slice());
console.log(a.concat([6, 7], 8), [0].concat(a), a.concat());
console.log(a.join(), a.join(""), a.join(" - "), [null, undefined, 1].join("|"), [[1, 2], [3]].join(";"));
console.log(
  [[1, 2], [3], [], [4, [5]]].flat(),
  a.flatMap((x) => (x % 2 === 0 ? [x, x] : [])),
);
console.log(
  Array.of(7, 8, 9),
  Array.of<number>(),
  Array.from("héllo"),
  Array.from([1, 2, 3], (x) => x * 10),
);
console.log(Array.from([5, 6, 7, 8], (x, i) => x * i));
console.log(Array.isArray(a), Array.isArray("abc"), Array.isArray(7));
for (const k of a.keys()) if (k % 2 === 0) console.log("key", k);
for (const v of a.values()) if (v > 3) console.log("value", v);
for (const [i, v] of a.entries()) if (i === v - 1 && i > 2) console.log("entry", i, v);
console.log(a.concat(a.slice(0, 2)), Array.from("ab"), String(a), a.toString());
const m = new Map<string, number>([
  ["x", 1],
  ["y", 2],
]);
console.log(Array.from(m), Array.from(m.keys()), Array.from(m.values()));
