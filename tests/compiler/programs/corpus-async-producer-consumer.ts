// @qemu
// A producer and consumer coordinating through a queue and sleeps
import { sleep } from "regen";
const queue: number[] = [];
let producing = true;
async function producer(): Promise<void> {
  for (let i = 1; i <= 6; i++) {
    queue.push(i * i);
    console.log("produced", i * i, "queue", queue.length);
    await sleep(i % 2 === 0 ? 5 : 12);
  }
  producing = false;
}
async function consumer(): Promise<number> {
  let total = 0;
  while (producing || queue.length > 0) {
    const item = queue.shift();
    if (item === undefined) {
      await sleep(3);
      continue;
    }
    total += item;
    console.log("consumed", item, "total", total);
    await sleep(8);
  }
  return total;
}
async function main(): Promise<void> {
  const p = producer();
  const total = await consumer();
  await p;
  console.log("final", total);
}
main().then(() => console.log("end"));
