// @qemu
// A fixed-capacity ring buffer class over a number array, with overwrite, iteration and statistics
class RingBuffer {
  private data: number[] = [];
  private head = 0;
  private count = 0;
  constructor(readonly capacity: number) {
    for (let i = 0; i < capacity; i++) this.data.push(0);
  }
  push(v: number): void {
    this.data[(this.head + this.count) % this.capacity] = v;
    if (this.count < this.capacity) this.count++;
    else this.head = (this.head + 1) % this.capacity;
  }
  shift(): number | undefined {
    if (this.count === 0) return undefined;
    const v = this.data[this.head] ?? NaN;
    this.head = (this.head + 1) % this.capacity;
    this.count--;
    return v;
  }
  get length(): number {
    return this.count;
  }
  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.data[(this.head + i) % this.capacity] ?? NaN);
    return out;
  }
  mean(): number {
    const xs = this.toArray();
    return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
  }
}
const rb = new RingBuffer(4);
console.log(rb.length, rb.mean(), rb.shift());
for (let i = 1; i <= 6; i++) {
  rb.push(i * 1.5);
  console.log(`push ${i * 1.5}:`, rb.toArray().join(","), "mean", rb.mean().toFixed(3));
}
console.log(rb.shift(), rb.shift(), rb.toArray(), rb.length);
rb.push(-1);
console.log(rb.toArray(), Math.min(rb.toArray()[0] ?? 0, -2), Math.max(1, rb.toArray()[1] ?? 0));
