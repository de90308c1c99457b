// Async functions, sleep() and plain timers share one clock; top-level code starts async work without
// awaiting it.
import { sleep } from "regen";

let ticks = 0;
const timer = setInterval(() => {
  ticks++;
  console.log("tick", ticks);
  if (ticks === 5) clearInterval(timer);
}, 10);

async function worker(name: string, period: number, rounds: number): Promise<void> {
  for (let r = 1; r <= rounds; r++) {
    await sleep(period);
    console.log(name, "round", r, "ticks so far", ticks);
  }
  console.log(name, "finished");
}

setTimeout(() => {
  console.log("timeout at 25");
  worker("late", 5, 2);
}, 25);

worker("fast", 7, 4);
worker("slow", 15, 2);
console.log("main returns");
