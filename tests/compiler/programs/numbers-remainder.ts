// @qemu
// `%` on numbers: the integer fast path (both sides integers below 2^31) and everything around it.
function show(x: number, y: number): void {
  const r = x % y;
  // 1 / r tells -0 from +0.
  console.log(`${x} mod ${y} = ${r}`, r === 0 ? 1 / r : "");
}

function integers(): void {
  const xs = [0, 1, 2, 7, 10, 65535, 65536, 2147483647, -1, -2, -7, -10, -65536, -2147483647];
  const ys = [1, 2, 3, 7, 10, 65536, 2147483647, -1, -3, -65536];
  let sum = 0;
  for (const x of xs) {
    for (const y of ys) {
      const r = x % y;
      sum += r;
      if (r === 0 && 1 / r < 0) sum += 1000;
    }
  }
  console.log("integer sum", sum);
  show(-4, 2);
  show(-0, 5);
  show(0, -5);
  show(4, -2);
  show(-2147483648, 3);
  show(-2147483648, -2147483648);
  show(2147483648, 7);
  show(4294967296, 10);
}

function others(): void {
  show(5.5, 2);
  show(-5.5, 2);
  show(7, 2.5);
  show(7, 0);
  show(-7, 0);
  show(0, 0);
  show(Infinity, 3);
  show(3, Infinity);
  show(-3, -Infinity);
  show(NaN, 3);
  show(3, NaN);
  show(1e300, 7);
  show(0.1, 0.03);
  show(-1e-300, 1);
}

/** The suite's 16-bit generator, as the benchmarks use it. */
function lcg(): void {
  let seed = 1234;
  let hist = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 2053 + 13849) % 65536;
    const bucket = seed % 10;
    hist[bucket] = (hist[bucket] ?? 0) + 1;
  }
  console.log("lcg", seed, hist.join(" "));
  hist = [];
  for (let k = -6; k <= 6; k++) hist.push(k % 4);
  console.log(hist.map((v) => (v === 0 && 1 / v < 0 ? "-0" : String(v))).join(","));
}

integers();
others();
lcg();
