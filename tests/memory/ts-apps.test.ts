// The memory promises of issue 4, proven with TypeScript apps compiled by regen, on the native board
// (AddressSanitizer + UBSan) and on mps2-an385 under QEMU.
//
// tests/memory/ts holds the apps (each a folder with main.ts and app.json, heapBytes included):
// - asyncmap calls an async function round after round that grows a Map of string keys and builds strings
//   and arrays between its awaits, in a 16 KiB heap: every round's garbage must be reclaimed (no stale
//   stack words keeping old rounds, no fragmentation that strands the Map's growing store).
// - churn builds and drops strings, arrays, a Map, a Set, closures and class instances for 1,000,000
//   rounds in an 8 KiB heap and prints checksums that must equal Node's for the same file. QEMU runs the
//   same app with fewer rounds (a constant changed per board, see CHURN_CONSTANTS): a million rounds of
//   soft-float number formatting take minutes there.
// - hog fills its heap with strings until an `out-of-memory` fault (placed at the TypeScript line whose
//   runtime call ran out, though the fault starts inside the runtime), and is restarted per its app.json
//   until its limit stops it, while steady logs on its 20 ms schedule throughout and ends normally.
// - thrower throws `new Error("boom")` from a timer callback: an `exception` fault with Node's text and
//   the TypeScript line of the throw (found by the host from the fault's lr), restarted per its policy.
// Both boards run on a simulated clock (RG_NATIVE_CLOCK=virtual natively, -icount under QEMU), so the
// schedules checked here do not depend on how busy the machine is.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";

import { runUnderNode } from "../compiler/support/run-node.ts";
import type { KernelEvent } from "../kernel/support/frames.ts";
import { ofApp, ofKind, repoRoot, runFirmware, type RunOutcome } from "../kernel/support/firmware-runner.ts";
import { buildTsFirmware, type TsFirmware } from "./ts/ts-firmware.ts";

/** Per board: churn's constants (undefined: the file as written, a full 1,000,000 rounds). */
const CHURN_CONSTANTS: Record<string, Record<string, number> | undefined> = {
  native: undefined,
  // About 60k Cortex-M3 instructions a round (soft-float number formatting), so 100 rounds a callback
  // take ~6 ms of the 500 ms budget, and 50,000 rounds ~3.4 s of simulated time (~8 s under QEMU).
  "mps2-an385": { ROUNDS: 50000, ROUNDS_PER_TICK: 100, REPORT_EVERY: 12500 },
};

const logs = (events: KernelEvent[], app: number): string[] =>
  ofKind(ofApp(events, app), "log").map((e) => String(e.text));

/** Runs firmware on the simulated clock and checks the process ended on its own, with no sanitizer report. */
async function runToEnd(firmware: TsFirmware, timeoutMs: number): Promise<RunOutcome> {
  const saved = process.env["RG_NATIVE_CLOCK"];
  process.env["RG_NATIVE_CLOCK"] = "virtual"; // read by the native firmware only, when it is spawned
  try {
    const run = await runFirmware(firmware.build, { timeoutMs, icount: !firmware.build.board.isHost });
    assert.equal(run.timedOut, false, `the firmware did not finish in ${timeoutMs} ms`);
    assert.doesNotMatch(run.stderr, /AddressSanitizer|runtime error:|LeakSanitizer/, run.stderr);
    assert.equal(run.exitCode, 0, run.stderr);
    return run;
  } finally {
    if (saved === undefined) delete process.env["RG_NATIVE_CLOCK"];
    else process.env["RG_NATIVE_CLOCK"] = saved;
  }
}

/** The 1-based number of the line of `file` that contains `text` (exactly one line must). */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  assert.equal(found.length, 1, `${text} in ${file}: lines ${found.join(", ")}`);
  return found[0] ?? 0;
}

/** Checks the kernel ran through: one boot, no watchdog, and the run ended with every app done. */
function assertKernelHealthy(events: KernelEvent[]): void {
  assert.equal(ofKind(events, "boot").length, 1, "the chip booted more than once");
  assert.equal(ofKind(events, "watchdog-reset").length, 0, "the watchdog fired");
  assert.equal(events.at(-1)?.kind, "all-done");
}

for (const boardId of ["native", "mps2-an385"]) {
  describe(`TypeScript apps' heaps on ${boardId}`, function () {
    this.timeout(120_000);

    it("builds and drops strings, arrays, maps, sets, closures and objects in an 8 KiB heap, matching Node", async () => {
      const firmware = await buildTsFirmware(boardId, `${boardId}-churn`, [
        { name: "churn", ...withConstants(CHURN_CONSTANTS[boardId]) },
      ]);
      try {
        const entry = firmware.entries[0] ?? "";
        const node = await runUnderNode(entry, path.join(firmware.build.elf, "..", "node"), 60_000);
        assert.equal(node.exitCode, 0, "the app failed under Node");
        const expected = node.stdout.trimEnd().split("\n");
        const rounds = /^churn done: (\d+) rounds, checksum \d+$/.exec(expected.at(-1) ?? "");
        assert.ok(rounds, `Node printed: ${node.stdout}`);
        if (CHURN_CONSTANTS[boardId] === undefined) assert.equal(Number(rounds[1]), 1_000_000);

        const { events } = await runToEnd(firmware, 100_000);
        assert.deepEqual(ofKind(events, "app-fault"), [], "churn faulted");
        assert.deepEqual(logs(events, 0), expected);
        assert.deepEqual(
          ofKind(events, "app-exit").map((e) => e.code),
          [0],
        );
        assertKernelHealthy(events);
      } finally {
        firmware.close();
      }
    });

    it("runs an async function that grows a Map between awaits for many rounds in a 16 KiB heap", async () => {
      // Regression: stale words of earlier jobs on the app stack kept whole earlier rounds alive (and
      // their Map stores left no hole big enough for the next one), so this ran out of memory by round 3.
      const firmware = await buildTsFirmware(boardId, `${boardId}-asyncmap`, [{ name: "asyncmap" }]);
      try {
        const entry = firmware.entries[0] ?? "";
        const node = await runUnderNode(entry, path.join(firmware.build.elf, "..", "node"), 60_000);
        assert.equal(node.exitCode, 0, "the app failed under Node");
        const expected = node.stdout.trimEnd().split("\n");
        assert.match(expected.at(-1) ?? "", /^asyncmap done: \d+ rounds, checksum \d+$/);

        const { events } = await runToEnd(firmware, 100_000);
        assert.deepEqual(ofKind(events, "app-fault"), [], "asyncmap faulted");
        assert.deepEqual(logs(events, 0), expected);
        assert.deepEqual(
          ofKind(events, "app-exit").map((e) => e.code),
          [0],
        );
        assertKernelHealthy(events);
      } finally {
        firmware.close();
      }
    });

    describe("faulting apps beside one that keeps logging", function () {
      let firmware: TsFirmware;
      let events: KernelEvent[];
      const HOG = 0;
      const STEADY = 1;
      const THROWER = 2;

      before(async function () {
        this.timeout(120_000);
        firmware = await buildTsFirmware(boardId, `${boardId}-faults`, [
          { name: "hog" },
          { name: "steady" },
          { name: "thrower" },
        ]);
        ({ events } = await runToEnd(firmware, 60_000));
      });
      after(() => firmware.close());

      it("ends an app out of memory with an out-of-memory fault at its line and restarts it per its policy", async () => {
        const faults = ofKind(ofApp(events, HOG), "app-fault");
        assert.equal(faults.length, 4, JSON.stringify(faults));
        // The allocation fails inside the runtime (the template string, padEnd or push): the fault names
        // the app's line that called it.
        const entry = firmware.entries[HOG] ?? "";
        const pushLine = `${path.relative(repoRoot, entry)}:${lineOf(entry, "kept.push(")}`;
        for (const fault of faults) {
          assert.equal(fault.className, "out-of-memory");
          assert.match(String(fault.text), /^out of memory: \d+ bytes wanted, heap of \d+ bytes full$/);
          assert.equal(await firmware.faultSource(fault), pushLine);
        }
        // maxRestarts 3: three restarts, each with a fresh heap and knowing why, then stopped
        assert.deepEqual(
          ofKind(ofApp(events, HOG), "app-restart").map((e) => e.count),
          [1, 2, 3],
        );
        assert.deepEqual(logs(events, HOG), [
          "hog start 0 after none",
          "hog start 1 after out-of-memory",
          "hog start 2 after out-of-memory",
          "hog start 3 after out-of-memory",
        ]);
        assert.equal(ofKind(ofApp(events, HOG), "app-stopped").length, 1);
      });

      it("keeps the other app logging on schedule through the faults, and the kernel running", () => {
        const lines = logs(events, STEADY);
        assert.deepEqual(
          lines.map((line) => line.replace(/ at \d+$/, "")),
          Array.from({ length: 40 }, (_, k) => `steady ${k + 1}`),
        );
        // on time: line k is logged in the k-th 20 ms period (the clock is simulated, so exactly)
        for (const [index, line] of lines.entries())
          assert.equal(line, `steady ${index + 1} at ${index + 1}`);
        const faultIndexes = events.flatMap((e, index) => (e.kind === "app-fault" ? [index] : []));
        assert.ok(faultIndexes.length > 0);
        const lastFault = Math.max(...faultIndexes);
        const after = events.slice(lastFault).filter((e) => e.app === STEADY && e.kind === "log");
        assert.ok(after.length >= 10, `steady logged ${after.length} lines after the last fault`);
        assert.equal(ofKind(ofApp(events, STEADY), "app-fault").length, 0);
        assert.deepEqual(
          ofKind(ofApp(events, STEADY), "app-exit").map((e) => e.code),
          [0],
        );
        assertKernelHealthy(events);
      });

      it("turns an uncaught Error from a timer callback into an exception fault at the throw's line", async () => {
        const faults = ofKind(ofApp(events, THROWER), "app-fault");
        assert.deepEqual(
          faults.map((e) => [e.className, e.text]),
          [
            ["exception", "Error: boom"],
            ["exception", "Error: boom"],
          ],
        );
        const entry = firmware.entries[THROWER] ?? "";
        const throwLine = `${path.relative(repoRoot, entry)}:${lineOf(entry, 'throw new Error("boom")')}`;
        for (const fault of faults) assert.equal(await firmware.faultSource(fault), throwLine);
        assert.deepEqual(logs(events, THROWER), [
          "thrower fires, start 0",
          "thrower fires, start 1",
          "thrower fires, start 2",
          "thrower done",
        ]);
        assert.deepEqual(
          ofKind(ofApp(events, THROWER), "app-restart").map((e) => e.count),
          [1, 2],
        );
        assert.deepEqual(
          ofKind(ofApp(events, THROWER), "app-exit").map((e) => e.code),
          [0],
        );
      });
    });
  });
}

function withConstants(constants: Record<string, number> | undefined): {
  constants?: Record<string, number>;
} {
  return constants === undefined ? {} : { constants };
}
