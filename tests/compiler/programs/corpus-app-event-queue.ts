// @qemu
// An event queue: typed handlers per event name, priorities, unsubscribe, timers dispatch
type Handler = (payload: number) => void;
class EventBus {
  private handlers = new Map<string, { prio: number; fn: Handler }[]>();
  on(name: string, fn: Handler, prio: number): () => void {
    const list = this.handlers.get(name) ?? [];
    list.push({ prio: prio, fn: fn });
    list.sort((a, b) => b.prio - a.prio);
    this.handlers.set(name, list);
    return () => {
      const l = this.handlers.get(name);
      if (l !== undefined)
        this.handlers.set(
          name,
          l.filter((h) => h.fn !== fn),
        );
    };
  }
  emit(name: string, payload: number): number {
    const list = this.handlers.get(name) ?? [];
    for (const h of list) h.fn(payload);
    return list.length;
  }
}
const bus = new EventBus();
const log: string[] = [];
const offLow = bus.on("tick", (n) => log.push(`low${n}`), -1);
bus.on("tick", (n) => log.push(`high${n}`), 5);
bus.on("tick", (n) => log.push(`mid${n}`), 0);
bus.on("done", (n) => console.log("done event", n, log.join(" ")), 0);
console.log(bus.emit("tick", 1), bus.emit("nothing", 0));
offLow();
let n = 2;
const id = setInterval(() => {
  bus.emit("tick", n);
  n++;
  if (n > 4) {
    clearInterval(id);
    setTimeout(() => bus.emit("done", n), 10);
  }
}, 20);
