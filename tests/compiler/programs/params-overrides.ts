// @qemu
// Dynamic dispatch with overrides that declare fewer or more parameters than the method they
// override (three levels, abstract methods, super calls passing defaults and rest), as in a
// scheduler where some tasks ignore the packet they are given.
class Packet {
  constructor(
    public id: number,
    public data: number[] = [],
  ) {}
}

abstract class Task {
  runs = 0;
  constructor(public readonly name: string) {}
  abstract run(packet: Packet | null, budget: number): string;
  label(prefix = "task", ...extra: string[]): string {
    return [prefix, this.name, ...extra].join(":");
  }
  tick(n = 1): number {
    this.runs += n;
    return this.runs;
  }
}

class Idle extends Task {
  // Ignores both parameters.
  run(): string {
    this.tick();
    return `${this.name} idles`;
  }
}

class Worker extends Task {
  // Uses only the first one.
  run(packet: Packet | null): string {
    this.tick(2);
    return packet === null ? `${this.name} waits` : `${this.name} works on ${packet.id}`;
  }
  label(prefix = "worker"): string {
    return super.label(prefix, "w");
  }
}

class Device extends Worker {
  // Declares one more (optional) parameter than the base.
  run(packet: Packet | null, budget = 0, verbose = false): string {
    const base = super.run(packet);
    const size = packet === null ? 0 : packet.data.length;
    return verbose ? `${base} [budget ${budget}, ${size} items]` : `${base} (${budget})`;
  }
  tick(): number {
    this.runs += 10;
    return this.runs;
  }
}

class Handler extends Task {
  run(packet: Packet | null, budget: number, ...notes: string[]): string {
    this.tick(budget);
    return `${this.name} handles ${packet?.id ?? "none"} ${notes.length}`;
  }
  label(): string {
    return `handler ${this.name}`;
  }
}

function schedule(tasks: Task[], packets: (Packet | null)[]): void {
  let budget = 3;
  for (const p of packets) {
    for (const t of tasks) {
      console.log(t.run(p, budget));
      budget++;
    }
  }
  for (const t of tasks) console.log(t.label(), "|", t.label("x", "y", "z"), "|", t.runs);
}

function main(): void {
  const tasks: Task[] = [new Idle("idle"), new Worker("w1"), new Device("dev"), new Handler("h")];
  schedule(tasks, [null, new Packet(7, [1, 2, 3]), new Packet(8)]);
  const d = new Device("solo");
  console.log(d.run(new Packet(1, [9]), 5, true), d.run(null, 0), d.tick(), d.label());
  const w: Worker = d;
  console.log(w.run(null), w.label(), w.tick());
}
main();
