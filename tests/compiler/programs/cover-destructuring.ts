// Destructuring in declarations and for...of heads: array patterns with holes and defaults, object
// patterns with renames, defaults and nesting, Map entries, destructuring the results of functions that
// return arrays and objects, and strings split into parts.
interface Reading {
  id: string;
  value: number;
  unit?: string;
  meta: { ts: number; source: string };
}

function bounds(xs: number[]): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return [lo, hi, xs.length];
}

function summary(r: Reading): { label: string; scaled: number } {
  return { label: `${r.id}@${r.meta.source}`, scaled: r.value * 10 };
}

const readings: Reading[] = [
  { id: "t1", value: 21.5, unit: "C", meta: { ts: 100, source: "i2c" } },
  { id: "h1", value: 40, meta: { ts: 105, source: "spi" } },
  { id: "p1", value: 1013, unit: "hPa", meta: { ts: 110, source: "i2c" } },
];

function arrays(): void {
  const [lo, hi, n] = bounds([3, -2, 9, 4]);
  const [first, , third = 99, fourth = -1] = [10, 20];
  const [a = 1, b = 2] = [undefined, 5];
  const [[x, y], [z]] = [
    [1, 2],
    [3, 4],
  ];
  console.log(lo, hi, n, first, third, fourth, a, b, x, y, z);
  const [key, value = "(none)"] = "mode=fast".split("=");
  const [k2, v2 = "(none)"] = "verbose".split("=");
  console.log(key, value, k2, v2);
  const [e1, e2] = bounds([]);
  console.log(e1, e2);
}

function objects(): void {
  for (const {
    id,
    value,
    unit = "?",
    meta: { ts, source: src },
  } of readings)
    console.log(id, value, unit, ts, src);
  const [{ label, scaled } = { label: "none", scaled: 0 }] = readings.map(summary);
  console.log(label, scaled);
  const { meta } = readings[2] ?? readings[0] ?? { id: "", value: 0, meta: { ts: 0, source: "" } };
  const { ts: when, source } = meta;
  console.log(when, source, meta);
}

function maps(): void {
  const m = new Map<string, number[]>([
    ["a", [1, 2, 3]],
    ["b", []],
    ["c", [7]],
  ]);
  for (const [k, [head = 0, second = -1]] of m) console.log(k, head, second);
  let total = 0;
  for (const [, vs] of m) total += vs.length;
  const pairs: [string, number][] = [];
  m.forEach((v, k) => pairs.push([k, v.length]));
  for (const [name, count] of pairs) total += count * 100;
  console.log(total, pairs);
}

arrays();
objects();
maps();
