// An elevator controller simulated with async functions and sleep: requests from several floors queued
// by concurrent passengers, the car serving them in SCAN order (continue in the current direction),
// door timing, a log with virtual timestamps, and statistics of waiting times.
import { now, sleep } from "regen";

interface Request {
  id: number;
  from: number;
  to: number;
  at: number;
}

class Elevator {
  floor = 0;
  dir = 1;
  moves = 0;
  private pending: Request[] = [];
  private riding: Request[] = [];
  log: string[] = [];
  waits: number[] = [];
  private t0 = now();
  private stamp(): string {
    return String(now() - this.t0).padStart(4);
  }
  call(r: Request): void {
    this.pending.push(r);
    this.log.push(`${this.stamp()} call #${r.id} ${r.from}->${r.to}`);
  }
  private stops(): number[] {
    return this.pending.map((r) => r.from).concat(this.riding.map((r) => r.to));
  }
  async run(untilIdleRounds: number): Promise<void> {
    let idle = 0;
    while (idle < untilIdleRounds) {
      const stops = this.stops();
      if (stops.length === 0) {
        idle++;
        await sleep(10);
        continue;
      }
      idle = 0;
      const ahead = stops.filter((s) => (s - this.floor) * this.dir > 0);
      if (ahead.length === 0 && !stops.includes(this.floor)) this.dir = -this.dir;
      if (!stops.includes(this.floor)) {
        await sleep(5);
        this.floor += this.dir;
        this.moves++;
        continue;
      }
      await this.serve();
    }
  }
  private async serve(): Promise<void> {
    const out = this.riding.filter((r) => r.to === this.floor);
    const inn = this.pending.filter((r) => r.from === this.floor);
    this.riding = this.riding.filter((r) => r.to !== this.floor).concat(inn);
    this.pending = this.pending.filter((r) => r.from !== this.floor);
    for (const r of inn) this.waits.push(now() - this.t0 - r.at);
    this.log.push(
      `${this.stamp()} floor ${this.floor}: out [${out.map((r) => r.id).join(",")}] in [${inn.map((r) => r.id).join(",")}]`,
    );
    await sleep(8);
  }
}

const car = new Elevator();
let nextId = 1;
async function passenger(delay: number, from: number, to: number): Promise<number> {
  await sleep(delay);
  const id = nextId++;
  car.call({ id: id, from: from, to: to, at: delay });
  return id;
}

async function main(): Promise<void> {
  const sim = car.run(3);
  const ids = await Promise.all([
    passenger(0, 3, 0),
    passenger(2, 5, 1),
    passenger(20, 0, 4),
    passenger(21, 2, 6),
    passenger(90, 6, 2),
  ]);
  await sim;
  for (const l of car.log) console.log(l);
  const mean = car.waits.reduce((a, b) => a + b, 0) / car.waits.length;
  console.log(
    "ids",
    ids,
    "moves",
    car.moves,
    "final floor",
    car.floor,
    "waits",
    car.waits,
    "mean",
    mean.toFixed(1),
  );
}
main();
