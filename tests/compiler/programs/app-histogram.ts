// Histograms and summary statistics of sensor data: fixed-width bins, counts with a Map, mean,
// variance, standard deviation, median and percentiles by sorting, mode, and an ASCII chart.
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += rand();
  return sum - 3;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (rank - lo);
}

function stats(xs: number[]): void {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const sorted = xs.slice().sort((a, b) => a - b);
  console.log(
    "n",
    n,
    "mean",
    mean.toFixed(4),
    "sd",
    Math.sqrt(variance).toFixed(4),
    "min",
    sorted[0]?.toFixed(3),
    "max",
    sorted[n - 1]?.toFixed(3),
  );
  console.log(
    "p5/p25/p50/p75/p95",
    [5, 25, 50, 75, 95].map((p) => percentile(sorted, p).toFixed(3)).join(" / "),
  );
}

function histogram(xs: number[], lo: number, width: number, bins: number): void {
  const counts = new Map<number, number>();
  for (let b = 0; b < bins; b++) counts.set(b, 0);
  let under = 0;
  let over = 0;
  for (const x of xs) {
    const b = Math.floor((x - lo) / width);
    if (b < 0) under++;
    else if (b >= bins) over++;
    else counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  let max = 0;
  counts.forEach((c) => {
    max = Math.max(max, c);
  });
  for (const [b, c] of counts) {
    const from = lo + b * width;
    const bar = "*".repeat(Math.round((c / max) * 40));
    console.log(
      `${from.toFixed(2).padStart(6)} .. ${(from + width).toFixed(2).padStart(6)} | ${String(c).padStart(3)} ${bar}`,
    );
  }
  console.log("under", under, "over", over);
}

function mode(xs: number[]): number[] {
  const freq = new Map<number, number>();
  for (const x of xs) freq.set(x, (freq.get(x) ?? 0) + 1);
  let best = 0;
  for (const c of freq.values()) best = Math.max(best, c);
  const out: number[] = [];
  for (const [v, c] of freq) if (c === best) out.push(v);
  return out.sort((a, b) => a - b);
}

const rand = lcg(42);
const temps: number[] = [];
for (let i = 0; i < 300; i++) temps.push(21 + 1.5 * gaussian(rand));
stats(temps);
histogram(temps, 17, 0.75, 11);
const dice: number[] = [];
for (let i = 0; i < 60; i++) dice.push(1 + Math.floor(rand() * 6));
console.log(mode(dice), mode([1, 1, 2, 2, 3]), mode([7]), percentile([], 50), percentile([5], 99));
stats([1, 2, 3, 4, 100]);
