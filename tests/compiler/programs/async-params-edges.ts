// Edge cases of parameters on async functions: a default closure capturing an earlier parameter that
// the body changes across awaits, defaults reading destructured names, recursion with rest and default
// accumulators, generic optional and rest parameters, a method default using `this` that throws (the
// call returns a rejected promise), and rest parameters of a function expression called as a value.
import { sleep } from "regen";

interface Node {
  n: number;
  kids?: Node[];
}

const capture = async (a: number, get = (): number => a * 10) => {
  a++;
  await sleep(0);
  a++;
  return get();
};

const walk = async ({ n, kids = [] }: Node, m = n + kids.length, ...tail: Node[]): Promise<string> => {
  await sleep(0);
  const inner = kids.length > 0 ? await walk(kids[0]!, undefined, ...kids.slice(1)) : "";
  return `${n}/${m}/${tail.length}[${inner}]`;
};

async function first<T>(xs: T[], fallback?: T, ...more: T[]): Promise<T | undefined> {
  await sleep(0);
  return xs.length > 0 ? xs[0] : (fallback ?? more[0]);
}

async function depth(n: number, acc: number[] = []): Promise<number[]> {
  acc.push(n);
  if (n === 0) return acc;
  await sleep(0);
  return depth(n - 1, acc);
}

class Meter {
  constructor(private v: number) {}
  async add(x: number = this.base(), [lo, hi]: number[] = [0, 100]): Promise<number> {
    await sleep(0);
    return Math.min(hi ?? 100, Math.max(lo ?? 0, x + this.v));
  }
  base(): number {
    if (this.v < 0) throw new Error(`negative base ${this.v}`);
    return this.v;
  }
}

async function main(): Promise<void> {
  console.log(await capture(1));
  console.log(await capture(5, () => -1));
  console.log(await walk({ n: 1, kids: [{ n: 2, kids: [{ n: 3 }] }, { n: 4 }] }));
  const none: number[] = [];
  const f1 = await first(none, undefined, 7);
  const f2 = await first(["a"], "b");
  const f3 = await first(none);
  console.log(f1, f2, f3);
  console.log((await depth(3)).join(","));
  const meter = new Meter(2);
  console.log(await meter.add());
  console.log(await meter.add(200));
  console.log(await meter.add(-50, [-10, 10]));
  const pending = new Meter(-1).add();
  console.log("called");
  try {
    await pending;
  } catch (e) {
    console.log("rejected", e instanceof Error ? e.message : "");
  }
  const join = async function (...xs: string[]) {
    await sleep(0);
    return `${xs.length}:${xs.join("+")}`;
  };
  const viaValue: (...xs: string[]) => Promise<string> = join;
  console.log(await viaValue());
  console.log(await viaValue("a", "b", "c"));
}

main().then(() => console.log("done"));
