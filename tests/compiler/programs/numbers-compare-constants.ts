// @qemu
// Numbers compared with constants: NaN, signed zeros, infinities, subnormals, both operand orders.
const samples = [0, -0, 1, -1, 0.5, -0.5, 500, 499.99999999999994, 500.00000000000006, -500, 1e308, -1e308,
  Infinity, -Infinity, NaN, 5e-324, -5e-324, 2147483647, -2147483648, 9007199254740992, 9007199254740993];

function row(x: number): string {
  const bits = [
    x < 0, x <= 0, x > 0, x >= 0, x === 0, x !== 0,
    x < 500, x <= 500, x > 500, x >= 500, x === 500, x !== 500,
    0 < x, -1 > x, 1 <= x, -0.5 >= x, 0.5 === x, -0 !== x,
    x < Infinity, x > -Infinity, x === Infinity, x <= -Infinity, x >= 5e-324, x < -5e-324,
  ];
  return bits.map((b) => (b ? "1" : "0")).join("");
}

function scan(): void {
  for (const x of samples) console.log(String(x).padStart(22), row(x));
  let below = 0;
  let hits = 0;
  for (let i = -20; i <= 20; i++) {
    const x = i / 4;
    if (x < 2.5) below++;
    if (x === -1.25 || x === 0) hits++;
  }
  console.log("below", below, "hits", hits);
}

function nanLoop(): void {
  // A loop on a NaN bound never runs; on -Infinity neither; on Infinity until the break.
  let runs = 0;
  for (let x = 0; x < NaN; x++) runs++;
  for (let x = 0; x > -Infinity && runs < 5; x--) runs++;
  console.log("runs", runs);
}

scan();
nanLoop();
