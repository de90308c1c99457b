// @qemu
// for...of with await in the body of async functions: over arrays (with destructuring, continue and
// break), typed arrays, strings by code point, Maps changed during the loop and Sets, nested loops,
// try/catch/finally around the await, and a plain for...of in a closure inside the async function.
import { sleep } from "regen";

interface Job {
  name: string;
  ms: number;
}

async function runJobs(jobs: Job[]): Promise<string[]> {
  const done: string[] = [];
  for (const { name, ms } of jobs) {
    try {
      if (ms < 0) throw new RangeError(`bad delay for ${name}`);
      await sleep(ms);
      done.push(name);
    } catch (e) {
      done.push(e instanceof Error ? e.message : "?");
    } finally {
      done.push(".");
    }
  }
  return done;
}

async function grids(): Promise<number> {
  const grid = [[1, 2], [3], [], [4, 5, 6]];
  let sum = 0;
  for (const row of grid) {
    for (const v of row) {
      if (v === 5) break;
      await sleep(1);
      if (v === 2) continue;
      sum += v * 10;
    }
    sum += row.length;
  }
  const samples = new Int16Array([300, -2, 7]);
  for (const s of samples) {
    await sleep(1);
    sum += s;
  }
  return sum;
}

async function collections(): Promise<string[]> {
  const m = new Map<number, string>([
    [1, "a"],
    [2, "b"],
    [3, "c"],
  ]);
  const seen: string[] = [];
  for (const [k, v] of m) {
    if (k === 1) {
      m.delete(2);
      m.set(4, "d");
    }
    await sleep(1);
    seen.push(`${k}${v}`);
  }
  for (const ch of await Promise.resolve("a😀é")) {
    await sleep(1);
    seen.push(ch);
  }
  const tags = new Set<string>(["x", "y", "z"]);
  for (const t of tags) {
    await sleep(1);
    seen.push(t.toUpperCase());
    if (t === "y") break;
  }
  return seen;
}

async function main(): Promise<void> {
  console.log(
    await runJobs([
      { name: "a", ms: 2 },
      { name: "b", ms: -1 },
      { name: "c", ms: 1 },
    ]),
  );
  console.log(await grids());
  console.log(await collections());
  const total = (xs: number[]): number => {
    let t = 0;
    for (const x of xs) t += x;
    return t;
  };
  let acc = 0;
  for (const batch of [[1, 2], [3]]) {
    await sleep(2);
    acc += total(batch);
  }
  console.log(acc);
}

main().then(() => console.log("done"));
console.log("started");
