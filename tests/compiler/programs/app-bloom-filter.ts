// @qemu
// A Bloom filter for "seen this device id?" checks on a gateway: FNV-1a and a murmur-style mixer with
// Math.imul and unsigned shifts, k hash positions by double hashing, a bit array in 32-bit words,
// measured false-positive rate against the theoretical estimate, and union of two filters.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function mix(s: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= s.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class Bloom {
  private words: number[] = [];
  added = 0;
  constructor(
    readonly bits: number,
    readonly k: number,
  ) {
    for (let i = 0; i < Math.ceil(bits / 32); i++) this.words.push(0);
  }
  private positions(s: string): number[] {
    const a = fnv1a(s);
    const b = mix(s) | 1;
    const out: number[] = [];
    for (let i = 0; i < this.k; i++) out.push(((a + Math.imul(i, b)) >>> 0) % this.bits);
    return out;
  }
  add(s: string): void {
    for (const p of this.positions(s)) this.words[p >>> 5] = (this.words[p >>> 5] ?? 0) | (1 << (p & 31));
    this.added++;
  }
  has(s: string): boolean {
    return this.positions(s).every((p) => ((this.words[p >>> 5] ?? 0) & (1 << (p & 31))) !== 0);
  }
  fill(): number {
    let n = 0;
    for (const w of this.words) for (let b = 0; b < 32; b++) n += (w >>> b) & 1;
    return n / this.bits;
  }
  union(o: Bloom): Bloom {
    const r = new Bloom(this.bits, this.k);
    r.words = this.words.map((w, i) => w | (o.words[i] ?? 0));
    r.added = this.added + o.added;
    return r;
  }
  expectedFpRate(): number {
    return (1 - Math.exp((-this.k * this.added) / this.bits)) ** this.k;
  }
}

console.log(
  fnv1a(""),
  fnv1a("a"),
  fnv1a("foobar").toString(16),
  mix(""),
  mix("hello").toString(16),
  mix("device-42"),
);
const f = new Bloom(1024, 4);
for (let i = 0; i < 100; i++) f.add(`dev-${i * 3}`);
let present = 0;
let falsePos = 0;
for (let i = 0; i < 300; i++) {
  const known = i % 3 === 0 && i < 300;
  const hit = f.has(`dev-${i}`);
  if (known && hit) present++;
  if (!known && hit) falsePos++;
}
console.log(
  "present",
  present,
  "false positives",
  falsePos,
  "of 200",
  "fill",
  f.fill().toFixed(4),
  "expected fp",
  f.expectedFpRate().toFixed(5),
);
const g = new Bloom(1024, 4);
["gw-1", "gw-2", "gw-3"].forEach((s) => g.add(s));
const u = f.union(g);
console.log(
  u.has("gw-2"),
  u.has("dev-3"),
  g.has("dev-3"),
  u.added,
  u.fill() >= f.fill(),
  new Bloom(64, 3).has("x"),
);
