// A cooperative scheduler mixing timers and async tasks: periodic jobs with setInterval and counts,
// one-shot timeouts, cancellation, async workers with sleep and a shared job queue, and a final report.
import { sleep } from "regen";

interface Job {
  id: number;
  name: string;
  cost: number;
}

const queue: Job[] = [];
const log: string[] = [];
let nextId = 1;
let processed = 0;
let busy = 0;

function submit(name: string, cost: number): number {
  const id = nextId++;
  queue.push({ id: id, name: name, cost: cost });
  return id;
}

async function worker(name: string, rounds: number): Promise<number> {
  let done = 0;
  for (let r = 0; r < rounds; r++) {
    const job = queue.shift();
    if (job === undefined) {
      await sleep(5);
      continue;
    }
    busy++;
    await sleep(job.cost);
    busy--;
    processed++;
    done++;
    log.push(`${name}:${job.name}#${job.id}`);
  }
  return done;
}

let ticks = 0;
const heartbeat = setInterval(() => {
  ticks++;
  if (ticks === 3) submit("late-job", 2);
  if (ticks >= 6) clearInterval(heartbeat);
}, 10);

const cancelled = setTimeout(() => console.log("never printed"), 30);
setTimeout(() => {
  clearTimeout(cancelled);
  console.log("cancelled the 30 ms timeout at tick", ticks);
}, 15);

const initial: [string, number][] = [
  ["read", 3],
  ["filter", 4],
  ["send", 7],
  ["store", 1],
  ["ack", 2],
];
for (const [n, c] of initial) submit(n, c);

async function main(): Promise<void> {
  const counts = await Promise.all([worker("w1", 6), worker("w2", 6)]);
  console.log("counts", counts, "processed", processed, "busy", busy, "left", queue.length);
  console.log(log.slice().sort().join(" "));
  console.log("ticks so far", ticks > 0);
  await sleep(100);
  console.log(
    "final ticks",
    ticks,
    "queue",
    queue.map((j) => j.name),
  );
}
main();
console.log("submitted", queue.length, "jobs");
