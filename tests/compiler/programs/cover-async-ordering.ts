// Async ordering: microtasks vs timers, then-chains vs awaits, Promise.all preserving order with
// different delays, Promise.resolve of values, rejection handlers, finally ordering and async functions
// that return before awaiting.
import { sleep } from "regen";

const events: string[] = [];
const note = (s: string): void => {
  events.push(s);
};

async function delayed(label: string, ms: number): Promise<string> {
  note(`start ${label}`);
  await sleep(ms);
  note(`end ${label}`);
  return label.toUpperCase();
}

async function immediate(n: number): Promise<number> {
  note(`immediate ${n}`);
  return n * 2;
}

async function chain(): Promise<number> {
  const a = await immediate(1);
  const b = await Promise.resolve(a + 1);
  const c = await (b + 1);
  return c;
}

async function main(): Promise<void> {
  setTimeout(() => note("timeout 0"), 0);
  Promise.resolve(1).then((v) => note(`then ${v}`));
  note("sync after then");
  const all = await Promise.all([
    delayed("slow", 30),
    delayed("fast", 5),
    immediate(7),
    Promise.resolve("plain"),
  ]);
  note(`all ${JSON.stringify(all)}`);
  note(`chain ${await chain()}`);
  const p = Promise.reject(new Error("nope"));
  await p.then(
    () => note("unreachable"),
    (e) => note(`rejected ${e instanceof Error ? e.message : ""}`),
  );
  await Promise.resolve(5)
    .then((v) => v * 3)
    .then((v) => {
      note(`v=${v}`);
      return String(v);
    })
    .finally(() => note("finally"))
    .then((s) => note(`after finally ${s}`));
  const order: number[] = [];
  const ps: Promise<void>[] = [];
  for (let i = 0; i < 4; i++)
    ps.push(
      sleep(20 - i * 5).then(() => {
        order.push(i);
      }),
    );
  await Promise.all(ps);
  note(`sleep order ${order.join("")}`);
}

note("before main");
main().then(() => {
  note("main resolved");
  for (const e of events) console.log(e);
});
note("after main call");
