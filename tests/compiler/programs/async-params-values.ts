// Optional, default, rest and destructured parameters on async arrows and function expressions, and
// on async functions and methods reached as values (uniform calls): patterns with nested defaults,
// parameters captured by closures across awaits, defaults reading captured variables and `this`.
import { sleep } from "regen";

interface User {
  id: number;
  name: string;
  role?: string;
}

interface Pair {
  key: string;
  value?: number;
}

interface Store {
  put(key: string, ...values: number[]): Promise<number>;
}

let prefix = "u";

const label = async ({ id, name, role = "guest" }: User, sep = ":"): Promise<string> => {
  await sleep(1);
  return `${prefix}${id}${sep}${name}(${role})`;
};

const total = async function (first: number, ...more: number[]): Promise<number> {
  let sum = first;
  for (const m of more) {
    await sleep(0);
    sum += m;
  }
  return sum;
};

const pick = async ([head, ...tail]: string[], { key, value: v = 1 }: Pair = { key: "none", value: 0 }) => {
  await sleep(0);
  return `${head}+${tail.length} ${key}=${v}`;
};

async function countdown(from: number, tick = 1, onTick?: (n: number) => void): Promise<number> {
  const seen: (() => number)[] = [];
  let n = from;
  while (n > 0) {
    seen.push(() => n * tick);
    if (onTick !== undefined) onTick(n);
    await sleep(tick);
    n -= tick;
  }
  return seen.length + tick;
}

class Shelf implements Store {
  items = new Map<string, number>();
  constructor(readonly limit: number) {}
  async put(key: string, ...values: number[]): Promise<number> {
    await sleep(0);
    const keep = values.filter((x) => x <= this.limit);
    this.items.set(key, keep.length);
    return keep.length;
  }
  adder(): (k: string, extra?: number) => Promise<string> {
    return async (k, extra = this.limit) => {
      await sleep(1);
      return `${k}@${extra + this.items.size}`;
    };
  }
}

async function describeAll(): Promise<void> {
  console.log(await label({ id: 1, name: "ada" }));
  prefix = "user";
  console.log(await label({ id: 2, name: "bob", role: "admin" }, "/"));
  const names = await Promise.all([{ id: 3, name: "cy" }, { id: 4, name: "di", role: "ops" }].map((u) => label(u)));
  console.log(names.join(", "));
  const totals = await Promise.all([total(5), total(1, 2, 3, 4)]);
  console.log(totals.join(" "));
  console.log(await pick(["a", "b", "c"]));
  console.log(await pick(["z"], { key: "k", value: 7 }));
  console.log(await pick(["q", "r"], { key: "dflt" }));
}

async function viaValues(): Promise<void> {
  const ticks: number[] = [];
  const c1 = await countdown(3, undefined, (n) => ticks.push(n));
  const c2 = await countdown(4, 2);
  console.log(c1, c2, ticks.join(""));
  const fn: (from: number, tick?: number) => Promise<number> = countdown;
  const viaFn = await Promise.all([fn(2), fn(6, 3)]);
  console.log(viaFn.join(" "));
  const shelf = new Shelf(5);
  const store: Store = shelf;
  const puts = await Promise.all([store.put("a", 1, 9, 3), store.put("b"), shelf.put("c", 5, 6)]);
  console.log(puts.join(" "), shelf.items.size);
  const add = shelf.adder();
  const added = await Promise.all([add("x"), add("y", 100)]);
  console.log(added.join(" "));
  const sums = await Promise.all([1, 2, 3].map(async (x, i, all = [0]) => (await total(x, i)) + all.length));
  console.log(sums.join(" "));
}

function tooBig(n: number): number {
  throw new RangeError(`too big: ${n}`);
}

async function failures(): Promise<void> {
  const bad = async (n: number, limit: number = n > 9 ? tooBig(n) : n) => limit * 2;
  console.log(await bad(4));
  await bad(12).then(
    (v) => console.log("unexpected", v),
    (e) => console.log("rejected", e instanceof RangeError ? e.message : "?"),
  );
}

describeAll()
  .then(() => viaValues())
  .then(() => failures())
  .then(() => console.log("done"));
