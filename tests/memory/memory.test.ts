// The per-app heap, exceptions and the event loop in real firmware, on the native board (ASan + UBSan)
// and on mps2-an385 under QEMU (apps unprivileged, one MPU region each).
//
// The apps are hand-written C in tests/memory/apps, calling the runtime the way compiled TypeScript
// will: a churn of 1,000,000 objects in an 8 KiB heap, an app that runs out of memory and is restarted
// while another keeps logging, uncaught exceptions (thrown, thrown from a timer closure, unhandled
// rejections) as `exception` faults, and an event-loop scenario whose log must equal Node's output for
// the same program (tests/memory/apps/waiter.js).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

import type { BuildResult } from "../../tools/src/build/index.ts";
import type { KernelEvent } from "../kernel/support/frames.ts";
import { ofApp, ofKind, runFirmware, type RunOutcome } from "../kernel/support/firmware-runner.ts";
import { buildMemoryFirmware, memoryAppsDir } from "./support/memory-firmware.ts";

const logs = (events: KernelEvent[], app: number): string[] =>
  ofKind(ofApp(events, app), "log").map((e) => String(e.text));

/** The file:line a fault's lr (a return address) was called from, as the host's source resolver steps back. */
function callSite(build: BuildResult, lr: number): string {
  const thumb = !build.board.isHost;
  const address = thumb ? (lr & ~1) - 2 : lr - 1;
  const tool = thumb ? "arm-none-eabi-addr2line" : "addr2line";
  const out = spawnSync(tool, ["-e", build.elf, `0x${address.toString(16)}`], { encoding: "utf8" });
  return path.basename(out.stdout.trim()).replace(/ .*$/, "");
}

/** The line number of the first line of tests/memory/apps/<file> containing `text`. */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(path.join(memoryAppsDir, file), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(text));
  assert.ok(index >= 0, `${text} not in ${file}`);
  return index + 1;
}

/** What Node prints for waiter.js, its timers on the differential tests' simulated clock (the firmware's
 * clock is simulated too: RG_NATIVE_CLOCK=virtual on native, -icount on QEMU), so a busy machine cannot
 * change the order. */
function nodeOracle(): string[] {
  const clock = readFileSync(path.join(memoryAppsDir, "../../compiler/support/virtual-clock.js"), "utf8");
  const program = readFileSync(path.join(memoryAppsDir, "waiter.js"), "utf8");
  const out = spawnSync(process.execPath, ["-e", `${clock}\n${program}`], { encoding: "utf8" });
  assert.equal(out.status, 0, out.stderr);
  return out.stdout.trimEnd().split("\n");
}

/** Runs firmware on a simulated clock: -icount on QEMU, RG_NATIVE_CLOCK=virtual natively. */
async function runOnVirtualClock(build: BuildResult, timeoutMs = 30_000): Promise<RunOutcome> {
  const saved = process.env["RG_NATIVE_CLOCK"];
  process.env["RG_NATIVE_CLOCK"] = "virtual"; // read by the native firmware only, when it is spawned
  try {
    return await runFirmware(build, { timeoutMs, icount: !build.board.isHost });
  } finally {
    if (saved === undefined) delete process.env["RG_NATIVE_CLOCK"];
    else process.env["RG_NATIVE_CLOCK"] = saved;
  }
}

/** The event-loop app, with room for a slow host in its callbacks' time budget. */
const WAITER = [{ name: "waiter", budgetMs: 500 }];

for (const boardId of ["native", "mps2-an385"]) {
  describe(`app heap, exceptions and promises on ${boardId}`, function () {
    this.timeout(90_000);

    it("churns 1,000,000 objects, restarts an app out of memory and one that throws, while another keeps logging", async () => {
      const build = await buildMemoryFirmware(boardId, `${boardId}-apps`, [
        { name: "churn", budgetMs: 500 },
        { name: "hog", restart: { maxRestarts: 3, backoffMs: 0 } },
        { name: "steady" },
        { name: "thrower", restart: { maxRestarts: 10, backoffMs: 0 } },
      ]);
      if (build.board.hasMpu) {
        // The heap lives in the globals struct, so each MPU block grows to hold stack + globals + heap.
        for (const app of build.sizes.perApp) {
          assert.ok(app.ramBytes >= app.stackBytes + app.globalsBytes, JSON.stringify(app));
          assert.equal(app.ramBytes & (app.ramBytes - 1), 0, `${app.name}: block not a power of two`);
        }
        const churn = build.sizes.perApp[0];
        assert.ok(
          churn !== undefined && churn.globalsBytes > 8192 && churn.ramBytes === 16384,
          JSON.stringify(churn),
        );
      }
      const run = await runOnVirtualClock(build, 60_000);
      assert.equal(run.timedOut, false, "the firmware did not finish");
      assert.equal(run.exitCode, 0, run.stderr);
      const { events } = run;

      // (a) a long run in a fixed heap
      const done = logs(events, 0).find((line) => line.startsWith("churn done"));
      const m = /^churn done (\d+) objects, (\d+) collections, 0 bad pointers$/.exec(done ?? "");
      assert.ok(m, `churn: ${logs(events, 0).join(" | ")}`);
      assert.ok(Number(m[1]) >= 1_000_000 && Number(m[2]) > 100, done);
      assert.deepEqual(
        ofKind(ofApp(events, 0), "app-exit").map((e) => e.code),
        [0],
      );

      // (b) out of memory: a fault of its own class, restarts with a fresh heap, then the policy stops it
      const hogFaults = ofKind(ofApp(events, 1), "app-fault");
      assert.equal(hogFaults.length, 4);
      for (const fault of hogFaults) {
        assert.equal(fault.className, "out-of-memory");
        assert.match(String(fault.text), /^out of memory: \d+ bytes wanted, heap of \d+ bytes full$/);
      }
      assert.deepEqual(logs(events, 1), ["hog start 0", "hog start 1", "hog start 2", "hog start 3"]);
      assert.equal(ofKind(ofApp(events, 1), "app-stopped").length, 1);
      // ...while the other app runs on untouched
      const steady = logs(events, 2);
      assert.deepEqual(
        steady,
        Array.from({ length: 30 }, (_, k) => `steady ${k + 1}`),
      );
      const firstOom = events.indexOf(hogFaults[0] as KernelEvent);
      assert.ok(
        events.some((e, index) => index > firstOom && e.app === 2 && e.kind === "log"),
        "steady logged after the out-of-memory fault",
      );
      assert.deepEqual(
        ofKind(ofApp(events, 2), "app-exit").map((e) => e.code),
        [0],
      );

      // (c) exceptions: caught ones are handled in the app, uncaught ones are faults with Node's text
      assert.deepEqual(logs(events, 3), [
        "phase 0",
        "caught RangeError: bad length",
        "is an Error",
        "not a TypeError",
        "finally ran",
        "outer caught Error: inner",
        "no try left",
        "phase 1",
        "phase 2",
        "phase 3",
        "timer runs",
        "phase 4",
        "phase 5",
        "thrower done",
      ]);
      const thrown = ofKind(ofApp(events, 3), "app-fault");
      assert.deepEqual(
        thrown.map((e) => [e.className, e.text]),
        [
          ["exception", "Error: boom"],
          ["exception", "plain"],
          ["exception", "RangeError: nobody listened"],
          ["exception", "TypeError: in a timer"],
          ["exception", "[ 1, 2 ]"],
        ],
      );
      // The fault's lr is the throw's call site in the app, so the host can name the source line.
      assert.equal(
        callSite(build, Number(thrown[0]?.lr)),
        `thrower.c:${lineOf("thrower.c", 'mem_str(cx, "boom")')}`,
      );
      assert.equal(
        callSite(build, Number(thrown[1]?.lr)),
        `thrower.c:${lineOf("thrower.c", 'mem_str(cx, "plain")')}`,
      );
      assert.equal(
        callSite(build, Number(thrown[3]?.lr)),
        `thrower.c:${lineOf("thrower.c", 'RG_ERROR_TYPE, "in a timer"')}`,
      );
      assert.deepEqual(
        ofKind(ofApp(events, 3), "app-exit").map((e) => e.code),
        [0],
      );
      assert.equal(events.at(-1)?.kind, "all-done");
    });

    it("runs closure timers, sleep() and promise reactions in Node's order, with a collection in every callback", async () => {
      const build = await buildMemoryFirmware(boardId, `${boardId}-waiter`, WAITER);
      const run = await runOnVirtualClock(build);
      assert.equal(run.exitCode, 0, run.stderr);
      assert.deepEqual(logs(run.events, 0), nodeOracle(), JSON.stringify(run.events));
      assert.deepEqual(
        ofKind(run.events, "app-exit").map((e) => e.code),
        [0],
      );
    });
  });
}

describe("app heap, exceptions and promises on microbit (Cortex-M0, no MPU)", function () {
  this.timeout(90_000);

  it("runs the event-loop scenario in Node's order", async () => {
    const build = await buildMemoryFirmware("microbit", "microbit-waiter", WAITER);
    const run = await runOnVirtualClock(build);
    assert.equal(run.exitCode, 0, run.stderr);
    assert.deepEqual(logs(run.events, 0), nodeOracle(), JSON.stringify(run.events));
  });
});

describe("app heaps and the board's RAM", function () {
  this.timeout(120_000);

  it("names the apps and their RAM when their heaps do not fit the board", async () => {
    await assert.rejects(
      buildMemoryFirmware("microbit", "microbit-too-big", [
        { name: "churn" },
        { name: "waiter" },
        { name: "hog" },
      ]),
      (error: Error) => {
        assert.match(error.message, /the apps need \d+ bytes of RAM but board "microbit" has 16384/);
        assert.match(error.message, /churn: \d+ bytes \(stack 2048, globals with any heap \d+\)/);
        assert.match(String((error as { hint?: unknown }).hint), /heapBytes/);
        return true;
      },
    );
  });
});
