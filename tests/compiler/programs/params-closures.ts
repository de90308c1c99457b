// Defaults, optional and rest parameters captured by closures (boxed parameters), forwarding with
// spread (`(...args) => f(...args)`), defaults evaluated per call, and higher-order helpers.
function counter(start = 0, step = 1): () => number {
  let n = start - step;
  return () => {
    n += step;
    return n;
  };
}

function logger(prefix?: string, ...tags: string[]): (msg: string) => string {
  return (msg) => {
    const head = prefix ?? "log";
    tags.push(msg.length > 3 ? "long" : "short");
    return `${head}[${tags.join("|")}] ${msg}`;
  };
}

function memo(fn: (n: number) => number, cache: Map<number, number> = new Map()): (n: number) => number {
  return (n) => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const v = fn(n);
    cache.set(n, v);
    return v;
  };
}

function forward(fn: (...xs: number[]) => number, ...fixed: number[]): (...more: number[]) => number {
  return (...more) => fn(...fixed, ...more);
}

function product(...xs: number[]): number {
  return xs.reduce((a, b) => a * b, 1);
}

function pad(s: string, width = s.length + 2, fill = "."): string {
  return s.padStart(width, fill);
}

let made = 0;
function fresh(list: number[] = [], tag = `#${++made}`): string {
  list.push(list.length);
  return `${tag}:${list.join(",")}`;
}

function main(): void {
  const a = counter();
  const b = counter(10, 5);
  console.log(a(), a(), a(), b(), b(), a());
  const l1 = logger();
  const l2 = logger("net", "tx");
  console.log(l1("hi"), l1("hello"), l2("ping"), l2("ok"));
  let calls = 0;
  const sq = memo((n) => {
    calls++;
    return n * n;
  });
  console.log(sq(4), sq(4), sq(5), calls);
  const times6 = forward(product, 2, 3);
  console.log(times6(), times6(10), times6(1, 2, 3), forward(Math.max)(1, 5, 3));
  console.log(pad("x"), pad("ab", 5), pad("ab", 4, "*"), pad("long", 2));
  console.log(fresh(), fresh(), fresh([7]), fresh(undefined, "t"), made);
  const apply = (f: (a: number, b?: number) => number, ...args: [number, number?]): number => f(...args);
  console.log(apply((x, y = 100) => x + y, 1), apply((x, y = 100) => x + y, 1, 2));
  const opt = (x?: number, y?: string): string => `${x ?? "nx"}/${y ?? "ny"}`;
  console.log(opt(), opt(1), opt(undefined, "s"), [1, 2].map((v) => opt(v)));
}
main();
