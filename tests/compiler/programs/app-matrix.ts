// A small Matrix class over a flat number array: multiplication, transpose, determinant by Gaussian
// elimination with partial pivoting, inverse, identity checks and pretty printing with toFixed.
class Matrix {
  readonly data: number[] = [];
  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    for (let i = 0; i < rows * cols; i++) this.data.push(0);
  }
  static from(rows: number[][]): Matrix {
    const m = new Matrix(rows.length, rows[0]?.length ?? 0);
    rows.forEach((r, i) => r.forEach((v, j) => m.set(i, j, v)));
    return m;
  }
  static identity(n: number): Matrix {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.set(i, i, 1);
    return m;
  }
  get(i: number, j: number): number {
    return this.data[i * this.cols + j] ?? NaN;
  }
  set(i: number, j: number, v: number): void {
    this.data[i * this.cols + j] = v;
  }
  mul(o: Matrix): Matrix {
    if (this.cols !== o.rows)
      throw new RangeError(`cannot multiply ${this.rows}x${this.cols} by ${o.rows}x${o.cols}`);
    const r = new Matrix(this.rows, o.cols);
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < o.cols; j++) {
        let s = 0;
        for (let k = 0; k < this.cols; k++) s += this.get(i, k) * o.get(k, j);
        r.set(i, j, s);
      }
    return r;
  }
  transpose(): Matrix {
    const r = new Matrix(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) r.set(j, i, this.get(i, j));
    return r;
  }
  clone(): Matrix {
    const r = new Matrix(this.rows, this.cols);
    this.data.forEach((v, i) => r.set(Math.floor(i / this.cols), i % this.cols, v));
    return r;
  }
  det(): number {
    const a = this.clone();
    const n = this.rows;
    let d = 1;
    for (let c = 0; c < n; c++) {
      let p = c;
      for (let r = c + 1; r < n; r++) if (Math.abs(a.get(r, c)) > Math.abs(a.get(p, c))) p = r;
      if (a.get(p, c) === 0) return 0;
      if (p !== c) {
        for (let k = 0; k < n; k++) {
          const t = a.get(c, k);
          a.set(c, k, a.get(p, k));
          a.set(p, k, t);
        }
        d = -d;
      }
      d *= a.get(c, c);
      for (let r = c + 1; r < n; r++) {
        const f = a.get(r, c) / a.get(c, c);
        for (let k = c; k < n; k++) a.set(r, k, a.get(r, k) - f * a.get(c, k));
      }
    }
    return d;
  }
  inverse2(): Matrix | null {
    const d = this.det();
    if (this.rows !== 2 || d === 0) return null;
    return Matrix.from([
      [this.get(1, 1) / d, -this.get(0, 1) / d],
      [-this.get(1, 0) / d, this.get(0, 0) / d],
    ]);
  }
  toString(): string {
    const lines: string[] = [];
    for (let i = 0; i < this.rows; i++) {
      const cells: string[] = [];
      for (let j = 0; j < this.cols; j++) cells.push(this.get(i, j).toFixed(2).padStart(8));
      lines.push("|" + cells.join("") + " |");
    }
    return lines.join("\n");
  }
}

const a = Matrix.from([
  [1, 2, 3],
  [4, 5, 6],
]);
const b = Matrix.from([
  [7, 8],
  [9, 10],
  [11, 12],
]);
console.log(a.mul(b).toString());
console.log(b.mul(a).toString());
console.log(a.transpose().toString(), a.transpose().rows, a.transpose().cols);
const m3 = Matrix.from([
  [2, -3, 1],
  [2, 0, -1],
  [1, 4, 5],
]);
console.log(
  m3.det(),
  Matrix.identity(4).det(),
  Matrix.from([
    [1, 2],
    [2, 4],
  ]).det(),
);
const m2 = Matrix.from([
  [4, 7],
  [2, 6],
]);
const inv = m2.inverse2();
console.log(inv === null ? "singular" : inv.toString(), inv === null ? "" : m2.mul(inv).toString());
console.log(
  Matrix.from([
    [1, 2],
    [2, 4],
  ]).inverse2(),
);
try {
  a.mul(a);
} catch (e) {
  console.log(e instanceof RangeError, e instanceof Error ? e.message : "?");
}
const rot = (t: number): Matrix =>
  Matrix.from([
    [Math.cos(t), -Math.sin(t)],
    [Math.sin(t), Math.cos(t)],
  ]);
let r = Matrix.identity(2);
for (let i = 0; i < 8; i++) r = r.mul(rot(Math.PI / 4));
console.log(r.toString(), r.det().toFixed(12), `${r.data.length}`);
