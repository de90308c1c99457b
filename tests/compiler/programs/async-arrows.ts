// @qemu
// Async arrow functions and function expressions: closures over outer variables, as callbacks, with
// expression bodies, called from timers and from other async code.
import { sleep } from "regen";

let log = "";
const delayedDouble = async (n: number): Promise<number> => {
  await sleep(n);
  return n * 2;
};
const concise = async (s: string): Promise<string> => s + "!";

function makeWorker(name: string): (rounds: number) => Promise<number> {
  let done = 0;
  return async (rounds: number): Promise<number> => {
    for (let r = 0; r < rounds; r++) {
      await sleep(3);
      done++;
      log += name;
    }
    return done;
  };
}

const a = makeWorker("a");
const b = makeWorker("b");

const runAll = async function (): Promise<void> {
  const x = await delayedDouble(20);
  console.log("doubled", x);
  console.log("concise", await concise("hi"));
  const first = a(3);
  const second = b(2);
  const didA = await first;
  const didB = await second;
  console.log("a did", didA, "b did", didB);
  console.log("log", log);
  console.log("a again", await a(1));
};

setTimeout(async () => {
  await sleep(1);
  console.log("timer callback resumed");
}, 2);

runAll().then(() => console.log("all done"));
console.log("sync part over");
