// @qemu
// Rest elements in destructuring declarations (array and object rest), and destructuring assignment:
// swaps, nested targets, defaults, properties and array elements as targets, rest targets.
interface Config {
  host: string;
  port: number;
  secure: boolean;
  retries: number;
}

class Cursor {
  row = 0;
  col = 0;
}

function restDeclarations(): void {
  const xs = [10, 20, 30, 40];
  const [first, ...others] = xs;
  const [, second, ...tail] = xs;
  const [a, b, c, d, e, ...none] = xs;
  console.log(first, others, second, tail, (a ?? 0) + (b ?? 0), c, d, e, none);
  const cfg: Config = { host: "local", port: 8080, secure: false, retries: 3 };
  const { host, ...rest } = cfg;
  console.log(host, rest, rest.port + rest.retries);
  const { port, secure: isSecure, ...more } = cfg;
  console.log(port, isSecure, more);
  const words = "alpha beta gamma delta".split(" ");
  for (const [i, w] of words.entries()) {
    const [ch, ...letters] = [...w];
    if (i % 2 === 0) console.log(i, ch, letters.length, letters.join(""));
  }
}

function nested(): [[number], { n: number }] {
  return [[11], { n: 12 }];
}

function assignments(): void {
  let a = 1;
  let b = 2;
  [a, b] = [b, a];
  console.log(a, b);
  let x = "x";
  let y = "y";
  let z = "z";
  [x, y, z] = [z, x, y];
  console.log(x, y, z);
  let head = 0;
  let rest: number[] = [];
  [head, ...rest] = [9, 8, 7];
  console.log(head, rest);
  let p = 0;
  let q = 0;
  const r = ([p, q = 5] = [1]);
  console.log(p, q, r);
  let host = "";
  let port = 0;
  ({ host, port } = { host: "h", port: 1 });
  console.log(host, port);
  let h2 = "";
  let extra = 0;
  ({ host: h2, port: extra = 99 } = { host: "other", port: 7 });
  console.log(h2, extra);
  const cur = new Cursor();
  [cur.row, cur.col] = [3, 4];
  console.log(cur.row, cur.col);
  const grid = [0, 0, 0];
  let i = 0;
  [grid[i], grid[i + 2]] = [5, 6];
  console.log(grid);
  let m = 0;
  let n = 0;
  [[m], { n }] = nested();
  console.log(m, n);
}

function fib(count: number): number[] {
  const out: number[] = [];
  let a = 0;
  let b = 1;
  for (let k = 0; k < count; k++) {
    out.push(a);
    [a, b] = [b, a + b];
  }
  return out;
}

restDeclarations();
assignments();
console.log(fib(12));
