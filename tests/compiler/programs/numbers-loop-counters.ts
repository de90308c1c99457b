// @qemu
// Loop counters held in integers: bounds, directions, indexes, edges.
function sums(): void {
  const xs: number[] = [];
  for (let i = 0; i < 10; i++) xs.push(i * 1.5);
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += xs[i] ?? 0;
  console.log("total", total);
  for (let i = xs.length - 1; i >= 0; i--) if (i % 3 === 0) console.log("down", i, xs[i]);
  for (let i = 0; i <= 3; ++i) console.log("le", i, i / 2, -i, i - 5);
  let last = -1;
  for (let i = 5; i > -3; --i) last = i;
  console.log("last", last, xs[-1], xs[100]);
  const flags: boolean[] = [true, false, true];
  for (let i = 0; i < flags.length; i++) console.log(i, flags[i] === true, flags[i] !== false, flags[i] === false);
  for (let i = 0; i < 4; i++) for (let j = 0; j < i; j++) console.log("ij", i, j, `${i}:${j}`, i * j);
  const pairs: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j += 3) pairs.push(`${i}-${j}`);
    for (let j = i - 2; j <= i; j++) if (j >= 0 && j === i - 1) pairs.push(`(${xs[j]})`);
    for (let j = i; j > i - 1; j--) pairs.push(`[${j}]`);
  }
  console.log(pairs.join(" "));
}
function edges(): void {
  let n = 0;
  for (let i = -1073741824; i < -1073741820; i++) n += i;
  console.log("neg", n);
  for (let i = 1073741820; i <= 1073741824; i++) n += i;
  console.log("big", n);
  const words: string[] = ["a", "bb"];
  for (let i = 0; i < words.length; i++) console.log(words[i], i === 1, i === 0 ? "zero" : "one");
  const fns: (() => number)[] = [];
  for (let i = 0; i < 3; i++) fns.push(() => i);
  console.log(fns.map((f) => f()).join(","));
  for (let i = 0; i < 3; i++) { if (i === 1) continue; console.log("c", i); }
  for (let i = 0; i < 3.5; i++) console.log("frac", i);
  for (let i = 0; i < 5; i++) { const k = i; console.log(String(k), k.toFixed(1)); }
}
function bounds(n: number, limit: number): void {
  // Bounds that are doubles: parameters, fields of an expression, fractions.
  const squares: number[] = [];
  for (let i = 0; i <= n; i++) squares.push(i * i);
  console.log("squares", squares.join(" "));
  let steps = 0;
  for (let i = 0; i < limit; i++) {
    if (i % 7 === 6) i++;
    steps++;
    if (steps > 40) break;
  }
  console.log("steps", steps, limit);
  for (let i = 10; i > n / 2; i--) console.log("half", i, -i, 0 - i, 1 / (i - i));
  for (let i = 0; i < n; ) console.log("no update", i++, i);
  let k = 0;
  for (let i = 0; i < 5; i++) k += squares[i + 1] ?? -1;
  console.log("k", k, squares[n] === n * n);
}

const LIMIT = 4.5;

/** Bounds fixed while the loop runs (a const, an unwritten parameter): compared as integers. */
function fixedBounds(n: number, m: number): void {
  let seen = "";
  for (let i = 0; i < n; i++) {
    if (i > 9) break;
    seen += i;
  }
  for (let i = 0; i <= n; i++) {
    if (i > 9) break;
    seen += "+";
  }
  for (let i = 8; i > n; i--) {
    if (i < -3) break;
    seen += i;
  }
  for (let i = 8; i >= n; i--) {
    if (i < -3) break;
    seen += "-";
  }
  for (let i = -3; i < LIMIT; i++) seen += `(${i})`;
  const half = m / 2;
  for (let i = 0; i < half && i < 6; i++) seen += "h";
  console.log(n, m, seen);
}

function movingBound(n: number): void {
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (i === 2) n = 5.5;
    count++;
  }
  const grow = () => (n += 1);
  for (let i = 0; i < n && i < 20; i++) if (i === 0) grow();
  console.log("moving", count, n);
}

function notCounters(xs: number[]): void {
  let out = "";
  for (let i = 0; i < 3; i++) {
    for (const x of xs) i += x > 5 ? 0.5 : 0;
    out += `${i};`;
  }
  console.log(out);
  let j = 0;
  for (let i = 0; i < 4; i++) [i, j] = [i + 2, j + 1];
  console.log("destructured", j);
  for (let i = 0; i < 4; i += 1.5) out += `${i},`;
  for (let i = 2 ** 31; i < 2 ** 31 + 2; i++) out += `${i},`;
  console.log(out);
}

sums();
edges();
bounds(6, 1e12);
bounds(0, 3.5);
notCounters([5, 6]);
for (const n of [3, 3.5, -0.5, 0, -0, NaN, Infinity, -Infinity]) fixedBounds(n, n * 3);
movingBound(3);
