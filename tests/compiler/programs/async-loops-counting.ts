// @qemu
// Counting loops whose bodies await, in an async sensor poller: for (await in the body, the condition and
// the update), while (`while (await more())`), do…while (await in the condition), for (;;) with break and
// continue, nested loops, a switch that awaits inside a loop, and closures made in each iteration (a
// `let` of the loop head and `const`s of the body keep that iteration's value across the awaits).
import { sleep } from "regen";

class Queue {
  private items: number[];
  constructor(items: number[]) {
    this.items = items;
  }
  async next(): Promise<number> {
    await sleep(1);
    return this.items.shift() ?? -1;
  }
  async more(): Promise<boolean> {
    return this.items.length > 0;
  }
}

async function val(n: number): Promise<number> {
  return n;
}

async function drain(q: Queue): Promise<string> {
  const seen: number[] = [];
  while (await q.more()) {
    const v = await q.next();
    if (v === 0) continue;
    seen.push(v);
    if (v > 50) break;
  }
  return `${seen.join(",")} left=${String(await q.more())}`;
}

async function counting(): Promise<string[]> {
  const log: string[] = [];
  let sum = 0;
  for (let i = 0; i < 5; i++) {
    sum += await val(i * i);
    if (i % 2 === 1) continue;
    sum -= 1;
  }
  log.push(`for ${sum}`);
  for (let i = 1; i < 40; i = await val(i * 3)) log.push(`i=${i}`);
  let steps = 0;
  for (let k = 0; k < (await val(4)); k++) steps += k;
  log.push(`cond ${steps}`);
  let left = 10;
  do {
    left -= await val(3);
  } while ((await val(left)) > 0);
  log.push(`do ${left}`);
  let n = 0;
  for (;;) {
    n++;
    if (n === 2) continue;
    if ((await val(n)) >= 4) break;
  }
  log.push(`ever ${n}`);
  return log;
}

async function grid(rows: number, cols: number): Promise<string> {
  let cells = "";
  for (let r = 0; r < rows; r++) {
    let c = 0;
    while (c < cols) {
      switch (await val((r + c) % 3)) {
        case 0:
          cells += ".";
          break;
        case 1:
          await sleep(1);
          cells += "o";
        // falls through
        default:
          cells += "#";
      }
      c++;
    }
    cells += "/";
  }
  return cells;
}

async function closures(): Promise<string> {
  const shows: (() => string)[] = [];
  for (let i = 0; i < 3; i++) {
    await sleep(1);
    shows.push(() => `i${i}`);
  }
  let round = 0;
  while (round < 3) {
    const twice = (): number => y * 2;
    const y = await val(round + 1);
    let z = y;
    shows.push(() => `${twice()}/${z}`);
    await sleep(1);
    z += 10;
    round++;
  }
  return shows.map((f) => f()).join(" ");
}

async function main(): Promise<void> {
  console.log(await drain(new Queue([3, 0, 7, 60, 9])));
  console.log(await drain(new Queue([])));
  console.log(await counting());
  console.log(await grid(3, 4));
  console.log(await closures());
}

main().then(() => console.log("done"));
console.log("polling");
