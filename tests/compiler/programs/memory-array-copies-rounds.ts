// The scaled-up variant of memory-array-copies: many rounds of push-built copies of arrays up to 316
// numbers (the largest store below the next 1.5x step), a chain of copies of copies, and row-by-row
// copies of a grid, all in the 16 KiB corpus heap. Each round's garbage must be reclaimed and reused;
// before array stores grew in place, the trail of smaller stores each copy left behind fragmented the
// arena and the program ran out of memory with half of it free.

function fill(n: number, seed: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((i * seed) % 101);
  return out;
}

function copy(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) out.push(xs[i] ?? 0);
  return out;
}

function checksum(xs: number[]): number {
  let h = 0;
  for (let i = 0; i < xs.length; i++) h = (h * 31 + (xs[i] ?? 0)) % 1000003;
  return h;
}

function rounds(): void {
  const sizes = [16, 64, 128, 200, 260, 300, 316];
  for (const n of sizes) {
    const src = fill(n, 7);
    let total = 0;
    let last = 0;
    for (let r = 0; r < 8; r++) {
      const c = copy(src);
      total += c.length;
      last = checksum(c);
    }
    console.log(n, total, last === checksum(src), last);
  }
}

function chains(): void {
  let cur = fill(200, 13);
  const want = checksum(cur);
  for (let r = 0; r < 12; r++) {
    cur = copy(cur);
    if (checksum(cur) !== want) console.log("chain broke at", r);
  }
  console.log("chain", cur.length, checksum(cur) === want, cur[199]);
}

function grid(): void {
  const rows: number[][] = [];
  for (let y = 0; y < 8; y++) rows.push(fill(16, y + 1));
  let acc = 0;
  for (let r = 0; r < 6; r++) {
    const next: number[][] = [];
    for (const row of rows) next.push(copy(row));
    for (const row of next) acc += checksum(row) % 97;
  }
  console.log("grid", rows.length, acc);
}

function growAndDrop(): void {
  // Arrays grown to different lengths and dropped at once: the sweep coalesces their stores.
  let kept = 0;
  for (let r = 0; r < 10; r++) {
    const a = fill(40 + r * 25, 3);
    const b = fill(300 - r * 25, 5);
    kept += a.length + b.length + (a[a.length - 1] ?? 0) + (b[0] ?? 0);
  }
  console.log("drop", kept);
}

rounds();
chains();
growAndDrop();
rounds();
grid();
