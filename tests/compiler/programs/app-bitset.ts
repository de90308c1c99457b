// @qemu
// A bit set over an array of 32-bit words (as a pin/interrupt mask table would be): set/clear/toggle,
// population count, union/intersection/difference, iteration over set bits, first free slot allocation,
// and printing as binary and hex.
class BitSet {
  private words: number[] = [];
  constructor(readonly size: number) {
    for (let i = 0; i < Math.ceil(size / 32); i++) this.words.push(0);
  }
  private check(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.size)
      throw new RangeError(`bit ${i} out of range 0..${this.size - 1}`);
  }
  set(i: number): this {
    this.check(i);
    this.words[i >>> 5] = (this.words[i >>> 5] ?? 0) | (1 << (i & 31));
    return this;
  }
  clear(i: number): this {
    this.check(i);
    this.words[i >>> 5] = (this.words[i >>> 5] ?? 0) & ~(1 << (i & 31));
    return this;
  }
  toggle(i: number): this {
    this.check(i);
    this.words[i >>> 5] = (this.words[i >>> 5] ?? 0) ^ (1 << (i & 31));
    return this;
  }
  has(i: number): boolean {
    return i >= 0 && i < this.size && ((this.words[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
  }
  count(): number {
    let n = 0;
    for (const w of this.words) {
      let v = w - ((w >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
    }
    return n;
  }
  combine(o: BitSet, op: (a: number, b: number) => number): BitSet {
    const r = new BitSet(this.size);
    r.words = this.words.map((w, i) => op(w, o.words[i] ?? 0) | 0);
    return r;
  }
  bits(): number[] {
    const out: number[] = [];
    this.words.forEach((w, wi) => {
      for (let b = 0; b < 32; b++) if ((w & (1 << b)) !== 0 && wi * 32 + b < this.size) out.push(wi * 32 + b);
    });
    return out;
  }
  firstFree(): number {
    for (let wi = 0; wi < this.words.length; wi++) {
      const inv = ~(this.words[wi] ?? 0);
      if (inv !== 0) {
        const bit = 31 - Math.clz32(inv & -inv);
        const i = wi * 32 + bit;
        return i < this.size ? i : -1;
      }
    }
    return -1;
  }
  hex(): string {
    return this.words
      .map((w) => (w >>> 0).toString(16).padStart(8, "0"))
      .reverse()
      .join("_");
  }
}

const a = new BitSet(70);
a.set(0).set(1).set(5).set(31).set(32).set(63).set(69);
console.log(a.count(), a.bits(), a.hex(), a.has(31), a.has(30), a.has(99), a.has(-1));
a.toggle(1).toggle(2).clear(63).clear(64);
console.log(a.bits(), a.count(), a.firstFree());
const b = new BitSet(70);
for (let i = 0; i < 70; i += 3) b.set(i);
console.log(b.count(), b.hex());
console.log(
  a.combine(b, (x, y) => x & y).bits(),
  a.combine(b, (x, y) => x | y).count(),
  a.combine(b, (x, y) => x & ~y).bits(),
);
for (const bad of [70, -1, 2.5]) {
  try {
    a.set(bad);
  } catch (e) {
    console.log(e instanceof RangeError, e instanceof Error ? e.message : "");
  }
}
const alloc = new BitSet(40);
const got: number[] = [];
for (let k = 0; k < 5; k++) {
  const i = alloc.firstFree();
  got.push(i);
  alloc.set(i);
}
alloc.clear(2);
console.log(got, alloc.firstFree(), alloc.count());
const full = new BitSet(33);
for (let i = 0; i < 33; i++) full.set(i);
console.log(full.firstFree(), full.count(), full.hex(), (-1 >>> 0).toString(2).length);
