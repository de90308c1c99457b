// @qemu
// Sensor filtering pipeline: moving average, median-of-5 and exponential smoothing over noisy samples,
// with outlier rejection and min/max tracking, as a temperature sensor driver would do.
class MovingAverage {
  private window: number[] = [];
  private sum = 0;
  constructor(readonly size: number) {}
  add(x: number): number {
    this.window.push(x);
    this.sum += x;
    if (this.window.length > this.size) this.sum -= this.window.shift() ?? 0;
    return this.sum / this.window.length;
  }
}

class MedianFilter {
  private buf: number[] = [];
  constructor(readonly size: number) {}
  add(x: number): number {
    this.buf.push(x);
    if (this.buf.length > this.size) this.buf.shift();
    const sorted = this.buf.slice().sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  }
}

class Ema {
  private value: number | null = null;
  constructor(readonly alpha: number) {}
  add(x: number): number {
    const prev = this.value;
    const next = prev === null ? x : prev + this.alpha * (x - prev);
    this.value = next;
    return next;
  }
}

// deterministic pseudo-noise (linear congruential, 31-bit)
let seed = 12345;
function noise(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return (seed % 1000) / 1000 - 0.5;
}

function sample(i: number): number {
  const base = 20 + 5 * Math.sin(i / 4);
  if (i === 7 || i === 15) return base + 40; // spikes
  return base + noise();
}

function run(): void {
  const ma = new MovingAverage(4);
  const med = new MedianFilter(5);
  const ema = new Ema(0.25);
  let lo = Infinity;
  let hi = -Infinity;
  let rejected = 0;
  let lastGood = 20;
  for (let i = 0; i < 20; i++) {
    const raw = sample(i);
    const m = med.add(raw);
    const good = Math.abs(raw - m) > 10 ? lastGood : raw;
    if (good !== raw) rejected++;
    lastGood = good;
    const a = ma.add(good);
    const e = ema.add(good);
    lo = Math.min(lo, good);
    hi = Math.max(hi, good);
    console.log(
      `${String(i).padStart(2, "0")} raw=${raw.toFixed(3).padStart(7)} med=${m.toFixed(2)} ma=${a.toFixed(2)} ema=${e.toFixed(2)}`,
    );
  }
  console.log("rejected", rejected, "range", lo.toFixed(3), hi.toFixed(3), "span", (hi - lo).toPrecision(4));
}

run();
const single = new Ema(0.5);
console.log(single.add(10), single.add(0), single.add(0), single.add(NaN));
const tiny = new MovingAverage(1);
console.log(tiny.add(3), tiny.add(-3), tiny.add(0.1 + 0.2));
