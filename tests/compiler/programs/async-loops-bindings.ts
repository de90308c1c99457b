// Bindings and hidden loop state across awaits in async functions: closures made in each iteration
// (for...of heads, destructured ones, `let` heads reassigned after an await, body consts, catch bindings,
// a closure made before the const it reads), async arrows started per iteration and awaited together, a
// Map that grows, loses entries and is cleared while a for...of awaits over it (with garbage made in
// between), a Set that grows during its loop, and a Float32Array.
import { sleep } from "regen";

async function val(n: number): Promise<number> {
  await sleep(0);
  return n;
}

async function bindings(): Promise<string> {
  const fs: (() => string)[] = [];
  const early = (): string => `early${late * 2}`;
  const late = await val(21);
  fs.push(early);
  for (let x of [1, 2]) {
    fs.push(() => `x${x}`);
    x = await val(x * 10);
  }
  for (const [name, n] of new Map([["a", 1], ["b", 2]])) {
    await sleep(1);
    fs.push(() => name.repeat(n));
  }
  for (const word of ["up", "down"]) {
    try {
      if (word === "down") throw new Error(`no ${word}`);
      await sleep(1);
    } catch (e) {
      await sleep(1);
      fs.push(() => (e instanceof Error ? e.message : "?"));
    }
  }
  return fs.map((g) => g()).join(" ");
}

async function concurrent(delays: number[]): Promise<string> {
  const order: string[] = [];
  const ps: Promise<number>[] = [];
  for (const [i, d] of delays.entries()) {
    ps.push(
      (async (): Promise<number> => {
        for (let step = 0; step < d; step++) await val(step);
        order.push(`job${i}`);
        return i * d;
      })(),
    );
  }
  const results = await Promise.all(ps);
  return `${order.join(",")} ${results.join(",")}`;
}

async function churn(): Promise<string> {
  const m = new Map<number, string>([
    [0, "a"],
    [1, "b"],
    [2, "c"],
  ]);
  const seen: number[] = [];
  for (const [k, v] of m) {
    if (k < 3) for (let j = 0; j < 6; j++) m.set(100 + k * 20 + j, v + j);
    if (k === 103) m.delete(104);
    const junk: string[] = [];
    for (let j = 0; j < 6; j++) junk.push(`junk${j}${v}`);
    seen.push(k + (await val(junk.length)) - 6);
    if (k === 122) m.clear();
  }
  const s = new Set<string>(["x"]);
  for (const t of s) {
    await sleep(1);
    if (t.length < 5) s.add(t + "y");
    seen.push(t.length);
  }
  let acc = 0;
  for (const x of new Float32Array([0.5, 1.25, -3])) acc += await val(x);
  return `${seen.join(",")} size=${m.size} acc=${acc}`;
}

async function main(): Promise<void> {
  console.log(await churn());
  console.log(await bindings());
  console.log(await concurrent([3, 1, 2, 0]));
}

main().then(() => console.log("done"));
