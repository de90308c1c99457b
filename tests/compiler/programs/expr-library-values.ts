// Library functions used as values: Math functions, parseInt / parseFloat, String, Number and the
// Number predicates passed to map / filter, stored in variables and arrays, and called later.
type Unary = (x: number) => number;

function mathValues(): void {
  const abs: Unary = Math.abs;
  console.log(abs(-2.5), [1, -2, -3.5, -0].map(Math.abs), [1.2, -2.7, 2.5].map(Math.round));
  const table: [string, Unary][] = [
    ["floor", Math.floor],
    ["ceil", Math.ceil],
    ["trunc", Math.trunc],
    ["sign", Math.sign],
    ["sqrt", Math.sqrt],
  ];
  for (const [name, f] of table) console.log(name, f(-2.5), f(6.25), f(0));
  const max = Math.max;
  const min = Math.min;
  console.log(max(3, 9, 4), min(3, 9, 4), max(), min());
  const hyp = Math.hypot;
  console.log(hyp(3, 4), hyp(5, 12, 84));
}

function apply(fs: readonly Unary[], x: number): number[] {
  return fs.map((f) => f(x));
}

function parsing(): void {
  console.log(["10", "11", "12"].map(parseInt));
  console.log(["1.5e3", "x", " 42px"].map(parseFloat));
  console.log([1, 2.5, -0, NaN].map(String), ["8", "", "0x10", "abc"].map(Number));
  console.log([1, 2.5, 3, NaN, Infinity].filter(Number.isInteger), [1, NaN, 2].filter(Number.isNaN));
  console.log([NaN, 1, Infinity].map(isNaN), [NaN, 1, Infinity].map(isFinite));
  const parse: (s: string) => number = parseFloat;
  console.log(parse("3.25") * 2, apply([Math.cbrt, Math.log2, Math.exp], 8));
}

function typeofFunctions(): void {
  const fs = [Math.abs, Math.floor];
  console.log(typeof Math.abs, typeof parseInt, fs.length, fs[1]!(-1.5));
}

mathValues();
parsing();
typeofFunctions();
