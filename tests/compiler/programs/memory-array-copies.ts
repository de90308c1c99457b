// @qemu
// Copies of a 260-number array made by pushing one item at a time, again and again, in the 16 KiB corpus
// heap. Live data is at most three such arrays (~7.5 KB of a 14 KB arena), but each copy grows its store
// 1.5x at a time; before stores grew in place the smaller stores' garbage fragmented the arena and the
// third line ran out of memory (2528 bytes wanted) with half the arena free.

function copy(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) out.push(xs[i] ?? 0);
  return out;
}

function scaled(xs: number[], k: number): number[] {
  const out: number[] = [];
  for (const x of xs) out.push(x * k);
  return out;
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function ramp(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i % 17);
  return out;
}

function repeated(long: number[]): void {
  console.log(copy(long).length);
  console.log(copy(long).length, copy(long).length);
  let total = 0;
  for (let k = 0; k < 5; k++) total += copy(long).length;
  console.log(total);
}

function chained(long: number[]): void {
  // Each copy is made from the previous one: two of them are live at a time.
  let cur = long;
  for (let round = 0; round < 6; round++) cur = copy(cur);
  console.log(cur.length, cur[0], cur[259], sum(cur));
  // Scaled copies kept side by side: the original and two results are live together.
  const a = scaled(long, 2);
  const b = scaled(a, 3);
  console.log(a.length, b.length, sum(a), sum(b), b[100]);
}

function shrinking(long: number[]): void {
  // Growing, then emptying with length = 0 and growing again reuses the same store.
  const buf: number[] = [];
  let seen = 0;
  for (let round = 0; round < 4; round++) {
    for (const x of long) buf.push(x + round);
    seen += buf.length + (buf[buf.length - 1] ?? -1);
    buf.length = 0;
  }
  console.log(seen, buf.length);
}

function interleaved(): void {
  // Two arrays pushed in turn: their stores cannot both be last in the heap, so one of them moves.
  const evens: number[] = [];
  const odds: number[] = [];
  for (let i = 0; i < 200; i++) (i % 2 === 0 ? evens : odds).push(i);
  console.log(evens.length, odds.length, sum(evens), sum(odds));
  const both = copy(evens).concat(copy(odds));
  console.log(both.length, both[0], both[100], both[199]);
}

const long: number[] = [];
for (let i = 0; i < 260; i++) long.push(7);
repeated(long);
chained(long);
function ramps(): void {
  const varied = ramp(200);
  console.log(sum(varied), sum(copy(varied)), copy(varied)[199]);
  shrinking(varied);
}

ramps();
interleaved();
repeated(long);
