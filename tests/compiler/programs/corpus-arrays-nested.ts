// @qemu
// 2D arrays: building a grid, transpose, matrix multiply, row/column sums
function matrix(rows: number, cols: number, f: (r: number, c: number) => number): number[][] {
  const m: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(f(r, c));
    m.push(row);
  }
  return m;
}
function transpose(m: number[][]): number[][] {
  const first = m[0] ?? [];
  return first.map((v, c) => m.map((row) => row[c] ?? v));
}
function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) => transpose(b).map((col) => row.reduce((s, v, i) => s + v * (col[i] ?? 0), 0)));
}
const a = matrix(2, 3, (r, c) => r * 3 + c + 1);
const b = matrix(3, 2, (r, c) => (r === c ? 1 : r + c));
console.log(a, b);
console.log(transpose(a));
console.log(multiply(a, b));
console.log(
  a.map((row) => row.reduce((s, v) => s + v, 0)),
  transpose(a).map((col) => col.reduce((x, y) => Math.max(x, y), -Infinity)),
);
const grid = matrix(4, 6, (r, c) => ((r + c) % 3 === 0 ? 1 : 0));
for (const row of grid) console.log(row.map((v) => (v === 1 ? "#" : ".")).join(""));
const jag: number[][] = [[1], [2, 3], [], [4, 5, 6]];
console.log(
  jag.length,
  jag.map((r) => r.length),
  jag.flat().length,
  (jag[2] ?? [9]).length === 0,
);
