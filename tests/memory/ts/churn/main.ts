// churn: a million rounds of building and dropping heap values in a fixed 8 KiB heap, then a checksum.
//
// Each round makes strings (concatenation, a template literal, slice, split), arrays (push, map, filter,
// join), a Map, a Set, closures capturing a per-iteration loop variable and a small class instance, folds
// something from each into a checksum and drops them all. Nothing survives a round, so the heap only
// stays usable if the collector reclaims everything: a leak ends the app with an out-of-memory fault long
// before the end. The work is split into timer callbacks of ROUNDS_PER_TICK rounds, each well inside the
// app's budgetMs. The same file runs under Node, which must print the same lines.
import { exit } from "regen";

/** Rounds in the whole run. */
const ROUNDS = 1000000;
/** Rounds per timer callback: small enough to stay far inside budgetMs on the slowest board. */
const ROUNDS_PER_TICK = 2000;
/** Progress lines: one every this many rounds. */
const REPORT_EVERY = 250000;

class Reading {
  constructor(
    public level: number,
    public label: string,
  ) {}
  weight(): number {
    return this.level * 3 + this.label.length;
  }
}

let checksum = 7;
let round = 0;

function mix(value: number): void {
  checksum = (checksum * 31 + value) % 1000003;
}

function churnOnce(i: number): void {
  const name = "item" + i;
  const tagged = `${name}:${i % 7}:end`;
  const parts = tagged.split(":");
  const middle = tagged.slice(2, 7);

  const values: number[] = [];
  for (let k = 0; k < 5; k++) values.push(i + k);
  const kept = values.map((v) => v * 2).filter((v) => v % 3 !== 0);
  const joined = kept.join(",");

  const counts = new Map<string, number>();
  counts.set(name, i % 1000);
  counts.set(middle, parts.length);
  const seen = new Set<number>();
  seen.add(i % 5);
  seen.add(i % 3);

  const adders: (() => number)[] = [];
  for (let k = 0; k < 3; k++) adders.push(() => k * 10 + (i % 10));
  let added = 0;
  for (const add of adders) added += add();

  const reading = new Reading(i % 11, parts[1] ?? "");

  mix(joined.length);
  mix((counts.get(name) ?? 0) + (counts.get(middle) ?? 0));
  mix(seen.size + added);
  mix(reading.weight() + middle.charCodeAt(0));
}

function tick(): void {
  const end = Math.min(round + ROUNDS_PER_TICK, ROUNDS);
  while (round < end) {
    churnOnce(round);
    round++;
    if (round % REPORT_EVERY === 0) console.log(`churn ${round} rounds, checksum ${checksum}`);
  }
  if (round < ROUNDS) {
    setTimeout(tick, 1);
  } else {
    console.log(`churn done: ${round} rounds, checksum ${checksum}`);
    exit(0);
  }
}

console.log("churn start");
setTimeout(tick, 1);
