// Many suspensions in a small heap: frames, boxes, promises and strings are collected as they go, while
// two async loops and a try/catch around awaits keep their state.
import { sleep } from "regen";

async function counter(name: string, rounds: number): Promise<string> {
  let text = "";
  let sum = 0;
  for (let i = 0; i < rounds; i++) {
    await i;
    text = text + String.fromCharCode(97 + (i % 26));
    if (text.length > 40) text = text.slice(20);
    sum += i;
    if (i % 1000 === 999) console.log(name, i + 1, sum, text.length);
  }
  return name + ":" + sum;
}

async function failing(n: number): Promise<number> {
  await sleep(1);
  if (n % 3 === 0) throw new RangeError("multiple of three: " + n);
  return n;
}

async function tolerant(): Promise<void> {
  let good = 0;
  let bad = 0;
  for (let n = 0; n < 300; n++) {
    try {
      const v = await failing(n);
      good += v;
    } catch (e) {
      if (e instanceof RangeError) bad++;
    }
  }
  console.log("tolerant", good, bad);
}

counter("x", 4000).then((r) => console.log("done", r));
counter("y", 3000).then((r) => console.log("done", r));
tolerant();
