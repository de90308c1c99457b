// A traffic light controller as a state machine: a numeric enum of states, a transition table in a
// Map, timed phases driven by setTimeout, a pedestrian request that shortens green, a fault mode that
// blinks amber with setInterval, and a log of every transition with its virtual time.
import { now } from "regen";

enum Phase {
  Red,
  RedAmber,
  Green,
  Amber,
  Blink,
}

const names = ["red", "red+amber", "green", "amber", "blink"];
const durations = new Map<Phase, number>([
  [Phase.Red, 40],
  [Phase.RedAmber, 10],
  [Phase.Green, 50],
  [Phase.Amber, 15],
]);
const next = new Map<Phase, Phase>([
  [Phase.Red, Phase.RedAmber],
  [Phase.RedAmber, Phase.Green],
  [Phase.Green, Phase.Amber],
  [Phase.Amber, Phase.Red],
]);

class Controller {
  phase = Phase.Red;
  cycles = 0;
  log: string[] = [];
  private pedestrian = false;
  private start = now();
  private stopped = false;
  enter(p: Phase): void {
    this.log.push(`${String(now() - this.start).padStart(4)} ${names[p] ?? "?"}`);
    this.phase = p;
    if (p === Phase.Red) this.cycles++;
    if (this.stopped || p === Phase.Blink) return;
    let d = durations.get(p) ?? 10;
    if (p === Phase.Green && this.pedestrian) {
      d = Math.floor(d / 2);
      this.pedestrian = false;
      this.log.push("     (pedestrian: short green)");
    }
    setTimeout(() => this.advance(), d);
  }
  advance(): void {
    if (this.phase === Phase.Blink) return;
    if (this.cycles >= 3 && this.phase === Phase.Amber) {
      this.stopped = true;
      this.enter(Phase.Red);
      return;
    }
    this.enter(next.get(this.phase) ?? Phase.Blink);
  }
  request(): void {
    this.pedestrian = true;
  }
  fault(): void {
    this.enter(Phase.Blink);
    let blinks = 0;
    const id = setInterval(() => {
      blinks++;
      this.log.push(`     blink ${blinks % 2 === 1 ? "on" : "off"}`);
      if (blinks === 4) {
        clearInterval(id);
        this.report();
      }
    }, 5);
  }
  report(): void {
    for (const l of this.log) console.log(l);
    console.log("cycles", this.cycles, "final", names[this.phase], Phase[this.phase] === undefined);
  }
}

const c = new Controller();
c.enter(Phase.Red);
setTimeout(() => c.request(), 100);
setTimeout(() => c.fault(), 400);
console.log(Phase.Red, Phase.Green, Phase.Blink, names.length, durations.size);
