// @qemu
// Generic functions: identity, pairs, constraints with keyof-free interfaces, generic higher-order helpers
function identity<T>(x: T): T {
  return x;
}
function pair<A, B>(a: A, b: B): [A, B] {
  return [a, b];
}
function firstOr<T>(xs: T[], fallback: T): T {
  return xs.length > 0 ? (xs[0] ?? fallback) : fallback;
}
function mapAll<T, U>(xs: T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}
function longest<T>(a: T, b: T, size: (x: T) => number): T {
  return size(a) >= size(b) ? a : b;
}
console.log(identity(5), identity("s"), identity([1, 2]), pair(1, "one"), pair(true, [null]));
console.log(
  firstOr([], 9),
  firstOr(["a"], "z"),
  mapAll([1, 2, 3], (n) => `#${n}`),
  mapAll(["a", "bb"], (s) => s.length),
);
console.log(
  longest("abc", "de", (s) => s.length),
  longest([1], [2, 3], (xs) => xs.length),
);
function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list === undefined) m.set(k, [x]);
    else list.push(x);
  }
  return m;
}
console.log(groupBy([1, 2, 3, 4, 5, 6], (n) => (n % 3 === 0 ? "fizz" : "other")));
console.log(groupBy(["apple", "avocado", "banana"], (s) => s.charAt(0)));
