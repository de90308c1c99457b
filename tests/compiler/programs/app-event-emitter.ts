// An event emitter with closures: on/once/off, listeners called in registration order, unsubscribe
// functions, listener counts, errors in one listener isolated from the others, and a wildcard listener.
type Listener = (payload: string) => void;

interface Registration {
  id: number;
  fn: Listener;
  once: boolean;
}

class Emitter {
  private listeners = new Map<string, Registration[]>();
  private nextId = 1;
  errors: string[] = [];
  on(event: string, fn: Listener): () => boolean {
    return this.add(event, fn, false);
  }
  once(event: string, fn: Listener): () => boolean {
    return this.add(event, fn, true);
  }
  private add(event: string, fn: Listener, once: boolean): () => boolean {
    const list = this.listeners.get(event) ?? [];
    const id = this.nextId++;
    list.push({ id: id, fn: fn, once: once });
    this.listeners.set(event, list);
    return () => this.remove(event, id);
  }
  private remove(event: string, id: number): boolean {
    const list = this.listeners.get(event);
    if (list === undefined) return false;
    const i = list.findIndex((r) => r.id === id);
    if (i < 0) return false;
    list.splice(i, 1);
    if (list.length === 0) this.listeners.delete(event);
    return true;
  }
  emit(event: string, payload: string): number {
    const list = (this.listeners.get(event) ?? []).slice().concat(this.listeners.get("*") ?? []);
    let called = 0;
    for (const r of list) {
      if (r.once) this.remove(event, r.id);
      try {
        r.fn(payload);
      } catch (e) {
        this.errors.push(`${event}#${r.id}: ${e instanceof Error ? e.message : String(e)}`);
      }
      called++;
    }
    return called;
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  events(): string[] {
    return Array.from(this.listeners.keys());
  }
}

const bus = new Emitter();
const seen: string[] = [];
let total = 0;
const offA = bus.on("data", (p) => seen.push("A:" + p));
bus.on("data", (p) => {
  total += p.length;
});
bus.once("data", (p) => seen.push("once:" + p));
bus.on("error", (p) => {
  throw new Error("listener failed on " + p);
});
bus.on("*", (p) => seen.push("*:" + p));
console.log(bus.emit("data", "abc"), bus.emit("data", "hello"), seen, total);
console.log(bus.count("data"), bus.events());
console.log(offA(), offA(), bus.count("data"));
console.log(bus.emit("data", "xy"), bus.emit("nobody", "zz"), bus.emit("error", "e1"), bus.errors);
seen.splice(0);

function makeCounter(name: string): [Listener, () => string] {
  let n = 0;
  let last = "";
  return [
    (p) => {
      n++;
      last = p;
    },
    () => `${name}: ${n} calls, last=${last}`,
  ];
}
const [tickA, reportA] = makeCounter("alpha");
const [tickB, reportB] = makeCounter("beta");
bus.on("tick", tickA);
const offB = bus.on("tick", tickB);
for (let i = 0; i < 5; i++) {
  if (i === 3) offB();
  bus.emit("tick", `t${i}`);
}
console.log(reportA(), "|", reportB(), "|", seen.length, bus.events().join(","));
const order: number[] = [];
for (let i = 0; i < 4; i++) bus.once("boot", () => order.push(i * 10));
console.log(bus.emit("boot", ""), bus.emit("boot", ""), order, bus.count("boot"));
