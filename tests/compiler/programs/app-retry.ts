// Retrying flaky async operations: exponential backoff with sleep, a per-attempt error log, giving up
// after N attempts with a custom error, a timeout race via Promise.then ordering, and finally blocks.
import { sleep } from "regen";

class GiveUpError extends Error {
  constructor(
    readonly attempts: number,
    readonly last: string,
  ) {
    super(`gave up after ${attempts} attempts: ${last}`);
    this.name = "GiveUpError";
  }
}

let clock = 0;
function makeFlaky(name: string, failures: number): () => Promise<string> {
  let calls = 0;
  return async () => {
    calls++;
    await sleep(1);
    if (calls <= failures) throw new Error(`${name} failed (call ${calls})`);
    return `${name} ok on call ${calls}`;
  };
}

async function retry(op: () => Promise<string>, attempts: number, baseMs: number): Promise<string> {
  let last = "";
  for (let i = 1; i <= attempts; i++) {
    try {
      const r = await op();
      console.log(`  attempt ${i}: success`);
      return r;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
      const wait = baseMs * 2 ** (i - 1);
      console.log(`  attempt ${i}: ${last}; backoff ${wait}`);
      clock += wait;
      if (i < attempts) await sleep(wait);
    } finally {
      clock += 1;
    }
  }
  throw new GiveUpError(attempts, last);
}

async function main(): Promise<void> {
  console.log("sensor:", await retry(makeFlaky("sensor", 2), 4, 2));
  try {
    await retry(makeFlaky("modem", 5), 3, 1);
    console.log("unreachable");
  } catch (e) {
    if (e instanceof GiveUpError) console.log(e.name, e.attempts, e.message, e instanceof Error);
  }
  const results = await Promise.all([retry(makeFlaky("a", 0), 2, 1), retry(makeFlaky("b", 1), 2, 1)]);
  console.log(results);
  const settled: string[] = [];
  await retry(makeFlaky("c", 1), 3, 1)
    .then((v) => settled.push("then " + v))
    .catch(() => settled.push("catch"))
    .finally(() => settled.push("finally"));
  await Promise.reject(new RangeError("bad range"))
    .then(() => settled.push("not here"))
    .catch((e) => settled.push(e instanceof RangeError ? "range: " + e.message : "other"));
  console.log(settled, "clock", clock);
}

main().then(() => console.log("main done"));
console.log("main started");
