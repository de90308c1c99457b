// A ring-buffer logger: fixed number of entries, levels as a string enum with a numeric threshold,
// formatted lines with padded timestamps, dump in order, counts per level, and overwrite of old entries.
enum Level {
  Debug = "DEBUG",
  Info = "INFO",
  Warn = "WARN",
  Error = "ERROR",
}

const rank = new Map<Level, number>([
  [Level.Debug, 0],
  [Level.Info, 1],
  [Level.Warn, 2],
  [Level.Error, 3],
]);

interface Entry {
  t: number;
  level: Level;
  text: string;
}

class RingLogger {
  private entries: Entry[] = [];
  private next = 0;
  dropped = 0;
  private counts = new Map<string, number>();
  constructor(
    readonly capacity: number,
    private threshold: Level,
  ) {}
  log(t: number, level: Level, text: string): boolean {
    if ((rank.get(level) ?? 0) < (rank.get(this.threshold) ?? 0)) return false;
    const e: Entry = { t: t, level: level, text: text };
    if (this.entries.length < this.capacity) this.entries.push(e);
    else {
      this.entries[this.next] = e;
      this.dropped++;
    }
    this.next = (this.next + 1) % this.capacity;
    this.counts.set(level, (this.counts.get(level) ?? 0) + 1);
    return true;
  }
  setThreshold(l: Level): void {
    this.threshold = l;
  }
  dump(): string[] {
    const out: string[] = [];
    const n = this.entries.length;
    const start = n < this.capacity ? 0 : this.next;
    for (let i = 0; i < n; i++) {
      const e = this.entries[(start + i) % n];
      if (e !== undefined) out.push(`[${String(e.t).padStart(6, "0")}] ${e.level.padEnd(5)} ${e.text}`);
    }
    return out;
  }
  summary(): string {
    const parts: string[] = [];
    this.counts.forEach((v, k) => parts.push(`${k.toLowerCase()}=${v}`));
    return parts.join(" ");
  }
}

const log = new RingLogger(5, Level.Info);
const accepted: boolean[] = [];
accepted.push(log.log(10, Level.Debug, "boot stage 1"));
accepted.push(log.log(25, Level.Info, "boot complete"));
accepted.push(log.log(130, Level.Warn, "battery at 19%"));
console.log(accepted, log.dump());
log.setThreshold(Level.Debug);
for (let i = 0; i < 6; i++) log.log(200 + i * 37, i % 3 === 0 ? Level.Debug : Level.Info, `tick ${i}`);
log.log(999999, Level.Error, "sensor timeout: no reply after 3 tries");
for (const line of log.dump()) console.log(line);
console.log("dropped", log.dropped, "|", log.summary());
log.setThreshold(Level.Error);
console.log(
  log.log(1000000, Level.Warn, "ignored"),
  log.log(1000001, Level.Error, "fatal"),
  log.dump().length,
);
console.log(log.dump()[4]);
