// Closures that capture and mutate outer variables: counters and accumulators, per-iteration `let`
// bindings in for loops vs a shared variable, closures over parameters, returned closures sharing one
// environment, memoisation, function composition and currying, and closures stored in objects and maps.
function makeAccount(start: number): [(n: number) => number, (n: number) => number, () => number] {
  let balance = start;
  const history: number[] = [];
  const deposit = (n: number): number => {
    balance += n;
    history.push(n);
    return balance;
  };
  const withdraw = (n: number): number => {
    if (n > balance) return -1;
    balance -= n;
    history.push(-n);
    return balance;
  };
  return [deposit, withdraw, () => history.length];
}

function loops(): void {
  const perIter: (() => number)[] = [];
  for (let i = 0; i < 4; i++) perIter.push(() => i * i);
  const shared: (() => number)[] = [];
  let j = 0;
  for (; j < 4; j++) shared.push(() => j);
  const viaOf: (() => string)[] = [];
  for (const w of ["a", "b", "c"]) viaOf.push(() => w + w);
  console.log(
    perIter.map((f) => f()),
    shared.map((f) => f()),
    viaOf.map((f) => f()),
  );
  const mutate: (() => number)[] = [];
  for (let k = 0; k < 3; k++) {
    mutate.push(() => k++);
  }
  console.log(
    mutate.map((f) => f()),
    mutate.map((f) => f()),
  );
}

function memo(f: (n: number) => number): [(n: number) => number, () => number] {
  const cache = new Map<number, number>();
  let misses = 0;
  return [
    (n) => {
      const hit = cache.get(n);
      if (hit !== undefined) return hit;
      misses++;
      const v = f(n);
      cache.set(n, v);
      return v;
    },
    () => misses,
  ];
}

const compose =
  (f: (x: number) => number, g: (x: number) => number): ((x: number) => number) =>
  (x) =>
    f(g(x));
const add =
  (a: number) =>
  (b: number): number =>
    a + b;

const [dep, wd, count] = makeAccount(100);
console.log(dep(50), wd(500), wd(30), dep(0.5), count());
const [dep2] = makeAccount(0);
console.log(dep2(1), dep(1), count());
loops();
const [sq, misses] = memo((n) => n * n);
console.log(sq(4), sq(4), sq(5), sq(4), misses());
const inc = add(1);
const double = (x: number): number => x * 2;
console.log(compose(inc, double)(5), compose(double, inc)(5), add(10)(-3), [1, 2, 3].map(add(100)));
const ops = new Map<string, (a: number, b: number) => number>();
let opCalls = 0;
const table: [string, (a: number, b: number) => number][] = [
  ["+", (a, b) => a + b],
  ["max", (a, b) => Math.max(a, b)],
];
for (const [name, f] of table)
  ops.set(name, (a, b) => {
    opCalls++;
    return f(a, b);
  });
const run = (name: string, a: number, b: number): number | string => {
  const op = ops.get(name);
  return op === undefined ? "no " + name : op(a, b);
};
console.log(run("+", 2, 3), run("max", 2, 3), run("nope", 1, 1), opCalls);
