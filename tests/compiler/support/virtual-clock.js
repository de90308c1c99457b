// virtual-clock.js: a simulated clock for running apps under Node in the differential tests.
//
// It replaces setTimeout/setInterval/clearTimeout/clearInterval (and regen's now()) before the app's code
// runs. Callbacks run in order of due time, then creation order — a periodic timer counts as created again
// each time it is re-armed, from the time its callback ran — exactly the rules the kernel's timers follow.
// Time stands still while code runs and jumps to the next due timer in between, so the order never depends
// on how busy the machine is. The native board runs the other side of the comparison on the same kind of
// clock (RG_NATIVE_CLOCK=virtual). esbuild prepends this file to the app's bundle.
(() => {
  const startLoop = globalThis.setImmediate;
  const timers = new Map();
  let now = 0;
  let nextId = 1;
  let nextSeq = 0;

  // Like Node: a delay that is not a number >= 1 (and at most 2^31-1) means 1 ms.
  const normalise = (ms) => {
    const delay = Number(ms);
    return delay >= 1 && delay <= 2147483647 ? Math.floor(delay) : 1;
  };

  const add = (callback, ms, repeat) => {
    const id = nextId++;
    const period = normalise(ms);
    timers.set(id, { callback, period, repeat, due: now + period, seq: nextSeq++ });
    return id;
  };
  const remove = (id) => {
    timers.delete(id);
  };

  globalThis.setTimeout = (callback, ms) => add(callback, ms, false);
  globalThis.setInterval = (callback, ms) => add(callback, ms, true);
  globalThis.clearTimeout = remove;
  globalThis.clearInterval = remove;
  globalThis.__regenVirtualNow = () => now;

  // One timer callback per turn of Node's event loop, so the promise jobs (microtasks) a callback queues
  // run before the next callback, as on the board (the runtime drains them after every callback).
  const runNextTimer = () => {
    let nextIdToRun = 0;
    let next;
    for (const [id, timer] of timers) {
      if (next === undefined || timer.due < next.due || (timer.due === next.due && timer.seq < next.seq)) {
        next = timer;
        nextIdToRun = id;
      }
    }
    if (next === undefined) return;
    now = Math.max(now, next.due);
    if (!next.repeat) timers.delete(nextIdToRun);
    try {
      next.callback();
    } finally {
      if (next.repeat && timers.get(nextIdToRun) === next) {
        next.due = now + next.period;
        next.seq = nextSeq++;
      }
      startLoop(runNextTimer);
    }
  };
  // The app's top-level code runs first (synchronously, after this prelude), then its microtasks; then the
  // timers.
  startLoop(runNextTimer);
})();
