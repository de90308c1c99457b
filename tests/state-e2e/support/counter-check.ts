// Checks a counter app's history across runs: no committed save is ever lost, nothing is reported damaged.
//
// The counter apps log "count N" at every start and the kernel sends `state-save` after every commit. Between
// two starts the counter must have moved by exactly the saves seen, give or take one: a power cut can fall
// after a commit but before its event left the device (one more), and the promise allows losing the save a
// cut fell inside (one fewer). Anything else is a lost or invented state.
import assert from "node:assert/strict";

import type { DeviceEvent } from "../../../tools/src/protocol/index.ts";

export interface CounterHistory {
  starts: number;
  saves: number;
  last: number;
}

/** Walks `events` (several runs, concatenated) for app index `app` and asserts the counter rule. */
export function checkCounter(events: DeviceEvent[], app: number): CounterHistory {
  let last: number | undefined;
  let savesSince = 0;
  let starts = 0;
  let saves = 0;
  for (const event of events) {
    assert.notEqual(event.type, "state-damage", `state reported damaged: ${JSON.stringify(event)}`);
    if (event.type === "state-save" && event.fields.app === app) {
      savesSince++;
      saves++;
    }
    if (event.type !== "log" || event.fields.app !== app) continue;
    const text = event.fields.text;
    assert.ok(!text.startsWith("bad blob") && !text.startsWith("load -5"), `corrupt state: ${text}`);
    if (!text.startsWith("count ")) continue;
    const count = Number(text.slice("count ".length));
    if (last !== undefined) {
      assert.ok(
        count >= last + savesSince - 1 && count <= last + savesSince + 1,
        `start ${starts}: count ${count}, but the previous start had ${last} and ${savesSince} saves followed`,
      );
    }
    starts++;
    last = count;
    savesSince = 0;
  }
  return { starts, saves, last: last ?? 0 };
}

/** A small seeded PRNG (mulberry32), so the power-cut instants repeat from run to run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
