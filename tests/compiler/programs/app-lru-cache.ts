// @qemu
// An LRU cache built on Map's insertion order (delete + set moves a key to the back), with hit/miss
// statistics, eviction callbacks, capacity changes and number keys.
class LruCache<K, V> {
  private map = new Map<K, V>();
  hits = 0;
  misses = 0;
  evicted: K[] = [];
  constructor(private capacity: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }
  put(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    this.trim();
  }
  resize(n: number): void {
    this.capacity = n;
    this.trim();
  }
  private trim(): void {
    while (this.map.size > this.capacity) {
      let oldest: K | undefined = undefined;
      for (const k of this.map.keys()) {
        oldest = k;
        break;
      }
      if (oldest === undefined) return;
      this.map.delete(oldest);
      this.evicted.push(oldest);
    }
  }
  keys(): K[] {
    return Array.from(this.map.keys());
  }
}

function fib(n: number, cache: LruCache<number, number>): number {
  if (n < 2) return n;
  const c = cache.get(n);
  if (c !== undefined) return c;
  const v = fib(n - 1, cache) + fib(n - 2, cache);
  cache.put(n, v);
  return v;
}

const c = new LruCache<string, number>(3);
c.put("a", 1);
c.put("b", 2);
c.put("c", 3);
console.log(c.get("a"), c.keys());
c.put("d", 4);
console.log(c.keys(), c.evicted, c.get("b"));
c.put("c", 30);
console.log(c.keys(), c.get("c"), c.hits, c.misses);
c.resize(1);
console.log(c.keys(), c.evicted);
const fc = new LruCache<number, number>(50);
console.log(fib(60, fc), fc.hits, fc.misses, fc.keys().length);
const small = new LruCache<number, number>(4);
console.log(fib(30, small), small.keys(), small.evicted.length);
const pages = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2];
const pc = new LruCache<number, boolean>(3);
let faults = 0;
for (const p of pages) {
  if (pc.get(p) === undefined) {
    faults++;
    pc.put(p, true);
  }
}
console.log("page faults", faults, pc.keys(), pc.evicted.join(""));
