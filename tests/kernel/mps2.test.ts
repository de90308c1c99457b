// Kernel scenarios on mps2-an385 under QEMU: real MPU isolation, real faults, a real watchdog reset.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { buildTestFirmware, ofKind, runFirmware } from "./support/firmware-runner.ts";
import { defineKernelScenarios } from "./support/scenarios.ts";

describe("kernel on mps2-an385 (QEMU)", function () {
  this.timeout(60000);
  defineKernelScenarios("mps2-an385", false);
});

describe("app isolation on mps2-an385 (QEMU)", function () {
  this.timeout(60000);

  it("refuses syscall pointers into kernel RAM and MPU-blocks writes into another app's block", async () => {
    const build = await buildTestFirmware("mps2-an385", "mps2-isolation", [
      { name: "ticker" },
      { name: "snooper", restart: { backoffMs: 0 } },
    ]);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    const faults = ofKind(run.events, "app-fault");
    assert.deepEqual(
      faults.map((e) => [e.app, e.className]),
      [
        [1, "panic"],
        [1, "mem-manage"],
      ],
    );
    assert.equal(faults[0]?.text, "syscall pointer outside the app's memory");
    const block0 = /rg_app_ram_0 = \./.test(readFileSync(build.map, "utf8"));
    assert.ok(block0);
    assert.equal(Number(faults[1]?.addr) % 4096, 4000, "the fault address is inside app 0's block");
    assert.deepEqual(
      ofKind(run.events, "app-exit").map((e) => [e.app, e.code]),
      [
        [1, 0],
        [0, 0],
      ],
    );
    // The ticker was untouched: all 40 ticks arrived.
    assert.equal(
      ofKind(run.events, "log").filter((e) => e.app === 0 && String(e.text).startsWith("tick ")).length,
      40,
    );
  });
});

describe("newlib from unprivileged apps on mps2-an385 (QEMU)", function () {
  this.timeout(60000);

  it("lets an app call libm functions that read libm's data and set errno", async () => {
    const build = await buildTestFirmware("mps2-an385", "mps2-libm", [
      { name: "mathy", restart: { maxRestarts: 0 } },
    ]);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    assert.deepEqual(ofKind(run.events, "app-fault"), []);
    assert.deepEqual(
      ofKind(run.events, "log").map((e) => e.text),
      ["mathy ok 2"],
    );
  });
});

describe("restart cost on mps2-an385 (QEMU, -icount shift=0)", function () {
  this.timeout(60000);

  it("restarts a faulted app in at most 1,250 instructions (tick-hz and restart-ticks measures)", async () => {
    const build = await buildTestFirmware("mps2-an385", "mps2-restart-cost", [
      { name: "faulter", restart: { backoffMs: 0, maxRestarts: 10 } },
    ]);
    const run = await runFirmware(build, { timeoutMs: 20000, icount: true });
    assert.equal(run.exitCode, 0, run.stderr);
    const measures = ofKind(run.events, "measure");
    const hz = measures.find((e) => e.key === 2)?.value;
    assert.equal(hz, 25000000);
    const restarts = measures.filter((e) => e.key === 1).map((e) => Number(e.value));
    assert.equal(restarts.length, 7);
    // Under -icount shift=0 one instruction takes 1 ns; one 25 MHz tick is 40 ns = 40 instructions.
    const worst = Math.max(...restarts) * 40;
    assert.ok(worst <= 1250, `slowest restart took ${worst} instructions (${restarts.join(", ")} ticks)`);
  });
});
