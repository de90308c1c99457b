// @qemu
// Async class methods, static async methods, an async override calling super, async arrows that use
// the method's `this`, rejections caught by the caller, and the order promises settle in.
import { sleep } from "regen";

class Sensor {
  reads = 0;
  readonly log: string[] = [];
  constructor(
    readonly name: string,
    private base: number,
  ) {}
  async read(): Promise<number> {
    this.log.push(`read ${this.name}`);
    await sleep(1);
    this.reads++;
    return this.base + this.reads;
  }
  async readMany(n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await this.read());
    return out;
  }
  async parallel(): Promise<number> {
    const jobs = [3, 1, 2].map(async (ms) => {
      await sleep(ms);
      this.log.push(`job ${ms}`);
      return ms * this.base;
    });
    const values = await Promise.all(jobs);
    return values.reduce((a, b) => a + b, 0);
  }
  async broken(): Promise<number> {
    await sleep(1);
    throw new Error(`${this.name} failed after ${this.reads} reads`);
  }
  static async create(name: string): Promise<Sensor> {
    await sleep(2);
    return new Sensor(name, name.length * 10);
  }
}

class Averaging extends Sensor {
  async read(): Promise<number> {
    const a = await super.read();
    const b = await super.read();
    return (a + b) / 2;
  }
}

async function main(): Promise<void> {
  const s = new Sensor("t", 100);
  console.log(await s.read(), await s.readMany(3), s.reads);
  console.log(await s.parallel(), s.log.slice(-3));
  try {
    await s.broken();
  } catch (e) {
    if (e instanceof Error) console.log("caught:", e.message);
  }
  const made = await Sensor.create("humidity");
  console.log(made.name, await made.read());
  const avg: Sensor = new Averaging("avg", 0);
  console.log(await avg.read(), await avg.readMany(2), avg.reads);
  const p = s.read();
  console.log("pending", s.reads);
  console.log("settled", await p, s.reads);
}

main().then(() => console.log("done"));
console.log("main started");
