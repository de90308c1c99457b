// Interleaved async workers with different sleeps; the log shows the virtual-clock order
import { sleep } from "regen";
const log: string[] = [];
async function worker(name: string, delay: number, rounds: number): Promise<number> {
  let done = 0;
  for (let i = 0; i < rounds; i++) {
    await sleep(delay);
    done++;
    log.push(`${name}${i}`);
  }
  return done * delay;
}
async function main(): Promise<void> {
  const a = worker("a", 10, 3);
  const b = worker("b", 25, 2);
  const c = worker("c", 7, 4);
  const results = await Promise.all([a, b, c]);
  console.log(results);
  console.log(log.join(" "));
  const d = await worker("d", 1, 1);
  console.log(d, log.length);
}
main().then(() => console.log("main done"));
console.log("sync end");
