// steady: logs a numbered line every 20 ms, 40 times, then ends, whatever the other apps do.
//
// The out-of-memory and exception tests run it beside apps that fault and restart: its lines must keep
// coming, in order and on time, before, between and after their faults (their heaps and faults are theirs
// alone), and it must end with exit code 0.
import { exit, now } from "regen";

const PERIOD_MS = 20;
const LINES = 40;
let count = 0;
const started = now();

const timer = setInterval(() => {
  count++;
  console.log(`steady ${count} at ${Math.floor((now() - started) / PERIOD_MS)}`);
  if (count === LINES) {
    clearInterval(timer);
    exit(0);
  }
}, PERIOD_MS);
