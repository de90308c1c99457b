// memory-demo: a sensor log that allocates all the time in a 4 KiB heap and never runs out.
//
// Every 100 ms it makes a reading (a small class instance), keeps the last WINDOW of them in an array,
// counts readings per level band in a Map and prints a summary line built from strings and joins. Old
// readings, strings and arrays are dropped as it goes, and the app's garbage collector reclaims them: the
// heap is far smaller than everything the app allocates over a run. After ROUNDS summaries it ends.
import { exit } from "regen";

const WINDOW = 8;
const ROUNDS = 20;

class Reading {
  constructor(
    public seq: number,
    public level: number,
  ) {}
  band(): string {
    return this.level < 30 ? "low" : this.level < 70 ? "mid" : "high";
  }
}

const recent: Reading[] = [];
const bands = new Map<string, number>();
let seq = 0;

function sample(): void {
  seq++;
  const reading = new Reading(seq, (seq * 37) % 100);
  recent.push(reading);
  if (recent.length > WINDOW) recent.shift();
  bands.set(reading.band(), (bands.get(reading.band()) ?? 0) + 1);
  const levels = recent.map((r) => r.level);
  const average = levels.reduce((a, b) => a + b, 0) / levels.length;
  const counts = ["low", "mid", "high"].map((band) => `${band}=${bands.get(band) ?? 0}`).join(" ");
  console.log(`#${seq} last ${levels.join(",")} avg ${average.toFixed(1)} | ${counts}`);
  if (seq === ROUNDS) exit(0);
}

setInterval(sample, 100);
