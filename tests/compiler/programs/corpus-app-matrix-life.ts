// @qemu
// Conway's game of life on a small torus with a flat number array of cells, printing generations
const W = 8;
const H = 6;
let cells: number[] = [];
for (let i = 0; i < W * H; i++) cells.push(0);
const glider: [number, number][] = [
  [1, 0],
  [2, 1],
  [0, 2],
  [1, 2],
  [2, 2],
];
for (const [x, y] of glider) cells[y * W + x] = 1;
function at(c: number[], x: number, y: number): number {
  return c[((y + H) % H) * W + ((x + W) % W)] ?? 0;
}
function neighbours(c: number[], x: number, y: number): number {
  let n = 0;
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      if (dx === 0 && dy === 0) continue;
      n += at(c, x + dx, y + dy);
    }
  return n;
}
function step(c: number[]): number[] {
  const next: number[] = [];
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const n = neighbours(c, x, y);
      const alive = at(c, x, y) === 1;
      next.push((alive && (n === 2 || n === 3)) || (!alive && n === 3) ? 1 : 0);
    }
  return next;
}
for (let g = 0; g < 4; g++) {
  console.log(`gen ${g} pop ${cells.reduce((a, b) => a + b, 0)}`);
  for (let y = 0; y < H; y++) {
    let row = "";
    for (let x = 0; x < W; x++) row += at(cells, x, y) === 1 ? "#" : ".";
    console.log(row);
  }
  cells = step(cells);
}
