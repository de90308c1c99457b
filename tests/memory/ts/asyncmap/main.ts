// asyncmap: an async function, called round after round, fills a Map of ENTRIES entries with string
// keys and builds strings and arrays between its awaits, in a fixed 16 KiB heap.
//
// Each round's Map, keys and arrays are garbage once the round settles, so the heap only lasts if the
// collector reclaims them: an old round kept alive by a stale word on the stack (a resume frame, a
// promise job) or holes left between long-lived blocks where the Map's growing store no longer fits end
// the app with an out-of-memory fault within a few rounds. A timer wait every ROUNDS_PER_TICK rounds
// keeps each callback well inside budgetMs. The same file runs under Node, which must print the same.
import { exit, sleep } from "regen";

/** Rounds in the whole run. */
const ROUNDS = 60;
/** Entries each round puts in its Map. */
const ENTRIES = 60;
/** Rounds between timer waits (each wait ends a callback). */
const ROUNDS_PER_TICK = 5;
/** Progress lines: one every this many rounds. */
const REPORT_EVERY = 20;

let checksum = 11;

function mix(value: number): void {
  checksum = (checksum * 31 + value) % 1000003;
}

async function value(n: number): Promise<number> {
  return n % 97;
}

async function round(r: number): Promise<number> {
  const names = new Map<string, number>();
  const log: string[] = [];
  let total = 0;
  for (let i = 0; i < ENTRIES; i++) {
    const key = "k" + ((i * 7 + r) % ENTRIES) + "-" + (i % 3);
    names.set(key, i + r);
    if (i % 16 === 0) {
      // awaits while the Map grows: the frame and the Map are live across each suspension
      total += await value(i + r);
      log.push(`${key}=${names.size}`);
    }
  }
  let keyChars = 0;
  for (const [key, n] of names) {
    keyChars += key.length;
    if (n % 40 === 0) total += await value(n);
  }
  const parts = log.join(";").split(";");
  const squares = parts.map((p) => p.length * p.length).filter((q) => q % 2 === 0);
  return total + keyChars + names.size + parts.length + squares.length;
}

async function main(): Promise<void> {
  for (let r = 1; r <= ROUNDS; r++) {
    mix(await round(r));
    if (r % REPORT_EVERY === 0) console.log(`asyncmap round ${r}: checksum ${checksum}`);
    if (r % ROUNDS_PER_TICK === 0) await sleep(1);
  }
  console.log(`asyncmap done: ${ROUNDS} rounds, checksum ${checksum}`);
  exit(0);
}

main();
