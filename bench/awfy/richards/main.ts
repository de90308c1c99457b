// Richards: a small operating system's scheduler moving packets between six tasks of four kinds.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

const IDLE = 0;
const WORKER = 1;
const HANDLER_A = 2;
const HANDLER_B = 3;
const DEVICE_A = 4;
const DEVICE_B = 5;

enum Kind {
  Device,
  Work,
}

class Packet {
  a1 = 0;
  readonly a2: number[] = [0, 0, 0, 0];

  constructor(
    public link: Packet | null,
    public id: number,
    readonly kind: Kind,
  ) {}
}

/** Appends `packet` to the queue that starts at `queue`; returns the queue's head. */
function append(packet: Packet, queue: Packet | null): Packet {
  packet.link = null;
  if (queue === null) return packet;
  let last = queue;
  while (last.link !== null) last = last.link;
  last.link = packet;
  return queue;
}

/** What every task has: its place in the priority list, its input queue and its three state flags. */
abstract class Task {
  packetPending: boolean;
  taskHolding = false;
  next: Task | null = null;

  constructor(
    protected readonly scheduler: Scheduler,
    readonly id: number,
    readonly priority: number,
    public input: Packet | null,
    public taskWaiting: boolean,
  ) {
    this.packetPending = input !== null;
  }

  heldOrSuspended(): boolean {
    return this.taskHolding || (!this.packetPending && this.taskWaiting);
  }

  waitingWithPacket(): boolean {
    return this.packetPending && this.taskWaiting && !this.taskHolding;
  }

  abstract run(packet: Packet | null): Task | null;
}

class IdleTask extends Task {
  private control = 1;

  constructor(
    scheduler: Scheduler,
    private count: number,
  ) {
    super(scheduler, IDLE, 0, null, false);
  }

  run(): Task | null {
    this.count--;
    if (this.count === 0) return this.scheduler.hold();
    if ((this.control & 1) === 0) {
      this.control = this.control >> 1;
      return this.scheduler.release(DEVICE_A);
    }
    this.control = (this.control >> 1) ^ 0xd008;
    return this.scheduler.release(DEVICE_B);
  }
}

class WorkerTask extends Task {
  private destination = HANDLER_A;
  private count = 0;

  constructor(scheduler: Scheduler, input: Packet) {
    super(scheduler, WORKER, 1000, input, true);
  }

  run(packet: Packet | null): Task | null {
    if (packet === null) return this.scheduler.wait();
    this.destination = this.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.id = this.destination;
    packet.a1 = 0;
    for (let i = 0; i < 4; i++) {
      this.count++;
      if (this.count > 26) this.count = 1;
      packet.a2[i] = this.count;
    }
    return this.scheduler.queue(packet);
  }
}

class HandlerTask extends Task {
  private work: Packet | null = null;
  private devices: Packet | null = null;

  constructor(scheduler: Scheduler, id: number, priority: number, input: Packet) {
    super(scheduler, id, priority, input, true);
  }

  run(packet: Packet | null): Task | null {
    if (packet !== null) {
      if (packet.kind === Kind.Work) this.work = append(packet, this.work);
      else this.devices = append(packet, this.devices);
    }
    const work = this.work;
    if (work !== null) {
      const count = work.a1;
      if (count >= 4) {
        this.work = work.link;
        return this.scheduler.queue(work);
      }
      const device = this.devices;
      if (device !== null) {
        this.devices = device.link;
        device.a1 = work.a2[count] ?? 0;
        work.a1 = count + 1;
        return this.scheduler.queue(device);
      }
    }
    return this.scheduler.wait();
  }
}

class DeviceTask extends Task {
  private pending: Packet | null = null;

  constructor(scheduler: Scheduler, id: number, priority: number) {
    super(scheduler, id, priority, null, true);
  }

  run(packet: Packet | null): Task | null {
    if (packet === null) {
      const done = this.pending;
      if (done === null) return this.scheduler.wait();
      this.pending = null;
      return this.scheduler.queue(done);
    }
    this.pending = packet;
    return this.scheduler.hold();
  }
}

class Scheduler {
  private readonly tasks: (Task | null)[] = [null, null, null, null, null, null];
  private list: Task | null = null;
  private current: Task | null = null;
  private currentId = 0;
  queueCount = 0;
  holdCount = 0;

  /** Tasks join the front of the list, so adding them in rising priority keeps it highest first. */
  add(task: Task): void {
    task.next = this.list;
    this.list = task;
    this.tasks[task.id] = task;
  }

  private running(): Task {
    if (this.current === null) throw new Error("no task is running");
    return this.current;
  }

  private task(id: number): Task {
    const task = this.tasks[id];
    if (task === undefined || task === null) throw new Error(`no task ${id}`);
    return task;
  }

  wait(): Task {
    const current = this.running();
    current.taskWaiting = true;
    return current;
  }

  hold(): Task | null {
    const current = this.running();
    this.holdCount++;
    current.taskHolding = true;
    return current.next;
  }

  release(id: number): Task {
    const task = this.task(id);
    task.taskHolding = false;
    const current = this.running();
    return task.priority > current.priority ? task : current;
  }

  queue(packet: Packet): Task {
    const task = this.task(packet.id);
    const current = this.running();
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    if (task.input === null) {
      task.input = packet;
      task.packetPending = true;
      return task.priority > current.priority ? task : current;
    }
    append(packet, task.input);
    return current;
  }

  run(): void {
    let task = this.list;
    while (task !== null) {
      if (task.heldOrSuspended()) {
        task = task.next;
      } else {
        this.current = task;
        this.currentId = task.id;
        let packet: Packet | null = null;
        if (task.waitingWithPacket()) {
          packet = task.input;
          task.input = packet?.link ?? null;
          task.packetPending = task.input !== null;
          task.taskWaiting = false;
        }
        task = task.run(packet);
      }
    }
  }
}

function run(): number {
  const s = new Scheduler();
  s.add(new IdleTask(s, 1000));
  s.add(new WorkerTask(s, new Packet(new Packet(null, WORKER, Kind.Work), WORKER, Kind.Work)));
  let devicesA = new Packet(null, DEVICE_A, Kind.Device);
  devicesA = new Packet(devicesA, DEVICE_A, Kind.Device);
  devicesA = new Packet(devicesA, DEVICE_A, Kind.Device);
  s.add(new HandlerTask(s, HANDLER_A, 2000, devicesA));
  let devicesB = new Packet(null, DEVICE_B, Kind.Device);
  devicesB = new Packet(devicesB, DEVICE_B, Kind.Device);
  devicesB = new Packet(devicesB, DEVICE_B, Kind.Device);
  s.add(new HandlerTask(s, HANDLER_B, 3000, devicesB));
  s.add(new DeviceTask(s, DEVICE_A, 4000));
  s.add(new DeviceTask(s, DEVICE_B, 5000));
  s.run();
  return s.queueCount * 100000 + s.holdCount;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = run();
  if (result !== 232200928) {
    console.log(`FAIL Richards: ${result}`);
    exit(1);
  }
}
console.log(`Richards: ${result}`);
