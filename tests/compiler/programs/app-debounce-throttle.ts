// Debounce and throttle built from closures and timers, as a button or sensor-event handler uses them:
// bursts of events at scripted times, a debounced handler that fires once after quiet, a throttled one
// that fires at most every N ms (leading edge plus a trailing call), cancellation, and a final summary.
import { now } from "regen";

const t0 = now();
const log: string[] = [];
const stamp = (): number => now() - t0;

function debounce(fn: (v: string) => void, ms: number): [(v: string) => void, () => void] {
  let pending: TimerId | null = null;
  let last = "";
  const cancel = (): void => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
  };
  const call = (v: string): void => {
    last = v;
    cancel();
    pending = setTimeout(() => {
      pending = null;
      fn(last);
    }, ms);
  };
  return [call, cancel];
}

function throttle(fn: (v: string) => void, ms: number): (v: string) => void {
  let readyAt = 0;
  let trailing: string | null = null;
  let timer: TimerId | null = null;
  return (v) => {
    const t = stamp();
    if (t >= readyAt) {
      readyAt = t + ms;
      fn(v);
      return;
    }
    trailing = v;
    if (timer === null) {
      timer = setTimeout(() => {
        timer = null;
        readyAt = stamp() + ms;
        const value = trailing;
        trailing = null;
        if (value !== null) fn(value);
      }, readyAt - t);
    }
  };
}

const [onKey, cancelKey] = debounce((v) => log.push(`${stamp()} debounced ${v}`), 30);
const onScroll = throttle((v) => log.push(`${stamp()} throttled ${v}`), 25);
const [onSave, cancelSave] = debounce((v) => log.push(`${stamp()} saved ${v}`), 20);

const script: [number, string][] = [
  [0, "a"],
  [10, "ab"],
  [20, "abc"],
  [90, "abcd"],
  [100, "abcde"],
];
for (const [at, text] of script) setTimeout(() => onKey(text), at);
for (let i = 0; i < 12; i++) setTimeout(() => onScroll(`y=${i * 10}`), i * 7);
setTimeout(() => onSave("draft"), 5);
setTimeout(() => cancelSave(), 15);
setTimeout(() => onSave("final"), 40);
setTimeout(() => {
  onKey("never");
  cancelKey();
}, 200);
setTimeout(() => {
  for (const l of log) console.log(l);
  console.log("events", log.length);
}, 300);
