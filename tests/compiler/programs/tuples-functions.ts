// Tuples in algorithms: zip/unzip, tuple results threaded through loops, tuples with rest elements,
// tuples as Map keys' companions, sorting tuples, tuple swaps by destructuring assignment, and tuple
// parameters of function values.
type Entry = [key: string, count: number];
type Row = [string, ...number[]];

function zip(a: string[], b: number[]): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) out.push([a[i]!, b[i]!]);
  return out;
}

function unzip(entries: Entry[]): [string[], number[]] {
  const keys: string[] = [];
  const counts: number[] = [];
  for (const [k, c] of entries) {
    keys.push(k);
    counts.push(c);
  }
  return [keys, counts];
}

function stats(xs: number[]): [mean: number, min: number, max: number] {
  if (xs.length === 0) return [NaN, NaN, NaN];
  const total = xs.reduce((s, x) => s + x, 0);
  return [total / xs.length, Math.min(...xs), Math.max(...xs)];
}

function rowSum([label, ...values]: Row): string {
  return `${label}=${values.reduce((s, v) => s + v, 0)}`;
}

function gcdSteps(a: number, b: number): [number, number] {
  let steps = 0;
  while (b !== 0) {
    [a, b] = [b, a % b];
    steps++;
  }
  return [a, steps];
}

function wordCounts(text: string): Entry[] {
  const m = new Map<string, number>();
  for (const w of text.split(" ")) if (w !== "") m.set(w, (m.get(w) ?? 0) + 1);
  const entries: Entry[] = [...m];
  entries.sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0));
  return entries;
}

function main(): void {
  const z = zip(["a", "b", "c"], [3, 1, 2, 9]);
  console.log(z, unzip(z));
  const [mean, lo, hi] = stats([4, 8, 15, 16, 23, 42]);
  console.log(mean, lo, hi, stats([]));
  const rows: Row[] = [["x", 1, 2, 3], ["y"], ["z", -5, 5.5]];
  console.log(rows.map(rowSum), rows.map((r) => r.length));
  console.log(gcdSteps(1071, 462), gcdSteps(17, 5), gcdSteps(8, 0));
  console.log(wordCounts("the cat and the hat and the bat"));
  const pick = ([k, c]: Entry, min: number): string | null => (c >= min ? k : null);
  console.log(z.map((e) => pick(e, 2)));
  const pairs: [number, number][] = [
    [3, 1],
    [1, 2],
    [2, 0],
  ];
  pairs.sort((p, q) => p[0] - q[0]);
  const flat: number[] = [];
  for (const pair of pairs) flat.push(...pair);
  console.log(pairs, flat, pairs.length, pairs[1]![1]);
}
main();
