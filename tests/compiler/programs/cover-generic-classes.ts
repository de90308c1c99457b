// Generic classes: a typed stack, a pair, a result type, a keyed registry over Map<K, V>, generic
// methods on generic classes, instantiation with numbers, strings, objects and arrays, inheritance.
class Stack<T> {
  protected items: T[] = [];
  push(x: T): this {
    this.items.push(x);
    return this;
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  get size(): number {
    return this.items.length;
  }
  map<U>(f: (x: T) => U): Stack<U> {
    const s = new Stack<U>();
    for (const x of this.items) s.push(f(x));
    return s;
  }
  toArray(): T[] {
    return this.items.slice();
  }
}

class BoundedStack<T> extends Stack<T> {
  constructor(readonly limit: number) {
    super();
  }
  push(x: T): this {
    if (this.items.length >= this.limit) this.items.shift();
    return super.push(x);
  }
}

class Pair<A, B> {
  constructor(
    readonly first: A,
    readonly second: B,
  ) {}
  swap(): Pair<B, A> {
    return new Pair(this.second, this.first);
  }
  describe(): string {
    return `(${this.first}, ${this.second})`;
  }
}

class Registry<K, V> {
  private map = new Map<K, V>();
  private order: K[] = [];
  register(k: K, v: V): boolean {
    const fresh = !this.map.has(k);
    if (fresh) this.order.push(k);
    this.map.set(k, v);
    return fresh;
  }
  lookup(k: K, fallback: V): V {
    return this.map.get(k) ?? fallback;
  }
  keys(): K[] {
    return this.order.slice();
  }
}

interface Point {
  x: number;
  y: string;
}

const s = new Stack<number>();
s.push(1).push(2).push(3);
console.log(s.size, s.peek(), s.pop(), s.toArray());
const labels = s.map((n) => `#${n * 10}`);
console.log(labels.toArray(), labels.peek(), labels.size);
const b = new BoundedStack<string>(2);
b.push("a").push("b").push("c");
console.log(b.toArray(), b.limit, b instanceof Stack, b.pop(), b.pop(), b.pop());
const p = new Pair<string, number>("volts", 3.3);
const q = p.swap();
console.log(p.describe(), q.describe(), q.first + 1, p.second, q.second);
const pp = new Pair(new Pair(1, true), [1, 2]);
console.log(pp.first.second, pp.second.length, pp.describe());
const reg = new Registry<number, Point>();
console.log(
  reg.register(7, { x: 1, y: "a" }),
  reg.register(3, { x: 2, y: "b" }),
  reg.register(7, { x: 3, y: "c" }),
);
console.log(reg.keys(), reg.lookup(7, { x: 0, y: "none" }), reg.lookup(99, { x: 0, y: "none" }));
const nested = new Stack<number[]>();
nested.push([1]).push([2, 3]);
console.log(nested.map((xs) => xs.length).toArray(), nested.toArray());
