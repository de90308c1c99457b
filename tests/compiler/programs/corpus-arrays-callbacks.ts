// @qemu
// map, filter, forEach, some, every, reduce, reduceRight with index and array arguments
const xs = [3, 8, 2, 7, 4];
console.log(
  xs.map((x, i) => x * i),
  xs.map((x, i, arr) => arr.length - i + x),
);
console.log(
  xs.filter((x, i) => x > 3 && i % 2 === 1),
  xs.filter(() => false),
);
const log: string[] = [];
xs.forEach((x, i) => log.push(`${i}:${x}`));
console.log(log.join(" "));
console.log(
  xs.some((x) => x > 7),
  xs.some((x) => x > 8),
  xs.every((x) => x > 1),
  xs.every((x) => x > 2),
);
console.log(
  [].some(() => true),
  [].every(() => false),
);
console.log(
  xs.reduce((a, b) => a + b, 0),
  xs.reduce((a, b) => a + b, 100),
  xs.reduce((acc, x, i) => acc + `${i}${x}`, ""),
);
console.log(
  xs.reduceRight((acc, x) => acc + String(x), ""),
  xs.reduceRight((a, b) => a - b, 0),
);
console.log(xs.reduce((m, x) => Math.max(m, x), -Infinity));
const counts = ["a", "b", "a", "c", "a"].reduce(
  (m, k) => m.set(k, (m.get(k) ?? 0) + 1),
  new Map<string, number>(),
);
console.log(counts);
