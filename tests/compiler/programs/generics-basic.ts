// @qemu
function identity<T>(x: T): T {
  return x;
}
function pair<A, B>(a: A, b: B): [A, B] {
  return [a, b];
}
function mapAll<T, U>(xs: T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}
class Box<T> {
  constructor(public value: T) {}
  get(): T {
    return this.value;
  }
  map<U>(f: (v: T) => U): Box<U> {
    return new Box(f(this.value));
  }
}
console.log(identity(41) + 1, identity("s") + "!", identity(true));
const [n, s] = pair(1, "one");
console.log(n * 2, s.length);
console.log(mapAll([1, 2, 3], (x) => x * x), mapAll(["a", "bb"], (x) => x.length));
const b = new Box(20);
console.log(b.get() + 1, b.map((v) => `v=${v}`).get());
