// @qemu
// try/catch/finally around awaits inside loops of async functions: a retry loop with backoff, a batch
// runner whose catch awaits and continues, break/continue/return leaving through finally blocks, a
// rejection thrown by a loop condition caught outside the loop, the catch binding captured per iteration,
// and `for (const x of xs) await f(x);` in a function that also has a try/catch elsewhere.
import { sleep } from "regen";

class DeviceError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

let flaky = 0;

async function send(frame: string): Promise<number> {
  await sleep(1);
  flaky++;
  if (flaky % 3 !== 0) throw new DeviceError(`busy ${frame}`, flaky);
  return frame.length;
}

async function withRetry(frame: string, attempts: number): Promise<string> {
  let tries = 0;
  while (tries < attempts) {
    tries++;
    try {
      return `${frame} sent ${await send(frame)}B after ${tries}`;
    } catch (e) {
      if (!(e instanceof DeviceError)) throw e;
      await sleep(tries);
    } finally {
      flaky += 0;
    }
  }
  return `${frame} gave up after ${tries}`;
}

async function check(n: number): Promise<number> {
  await sleep(1);
  if (n > 1) throw new RangeError(`too big ${n}`);
  return n;
}

async function batch(xs: number[]): Promise<string[]> {
  const log: string[] = [];
  const later: (() => string)[] = [];
  for (const x of xs) {
    try {
      const v = await check(x);
      log.push(`ok${v}`);
      if (v === 0) break;
    } catch (e) {
      await sleep(1);
      later.push(() => (e instanceof Error ? e.message : "?"));
      continue;
    } finally {
      log.push("f");
    }
    log.push("next");
  }
  return [...log, ...later.map((f) => f())];
}

async function find(xs: number[], target: number): Promise<number> {
  let steps = 0;
  for (const x of xs) {
    try {
      steps++;
      if ((await check(x)) === target) return steps;
    } catch (e) {
      steps += 10;
    } finally {
      steps += 100;
    }
  }
  return -steps;
}

async function conditions(): Promise<string> {
  let seen = 0;
  try {
    while ((await check(seen)) >= 0) seen++;
  } catch (e) {
    return `stopped at ${seen}: ${e instanceof RangeError ? e.message : "?"}`;
  }
  return "never";
}

async function plain(xs: number[]): Promise<number> {
  let t = 0;
  try {
    t = Number.parseInt("1x", 10);
    if (t > 0) throw new Error("parsed");
  } catch (e) {
    t = -1;
  }
  for (const x of xs) await check(x - 1);
  for (const x of xs) t += await check(x - x);
  return t;
}

async function main(): Promise<void> {
  console.log(await withRetry("ping", 5));
  console.log(await withRetry("status", 1));
  console.log(await batch([1, 2, 1, 3, 0, 1]));
  console.log(await find([1, 5, 0], 0), await find([1, 2], 7));
  console.log(await conditions());
  console.log(await plain([1, 2]));
  try {
    await plain([5]);
  } catch (e) {
    console.log("plain failed:", e instanceof Error ? e.message : "?");
  }
}

main().then(() => console.log("done"));
