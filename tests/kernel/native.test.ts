// Kernel scenarios on the native board, built with AddressSanitizer and UndefinedBehaviorSanitizer.
//
// Every fault class works under the sanitizers (ASan's own SEGV/BUS/FPE handlers are replaced by the
// board's), so nothing here runs without them.
import assert from "node:assert/strict";

import { ABI } from "../../tools/src/abi/abi.generated.ts";
import { buildTestFirmware, ofKind, runFirmware } from "./support/firmware-runner.ts";
import { defineKernelScenarios } from "./support/scenarios.ts";

describe("kernel on the native board (ASan + UBSan)", function () {
  this.timeout(60000);
  defineKernelScenarios("native", true);
});

describe("kernel panic on the native board", function () {
  this.timeout(60000);

  it("leaves a record, resets, and reports kernel-panic on the next boot", async () => {
    const build = await buildTestFirmware("native", "native-asan-panic", [{ name: "panicker" }], true);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    assert.deepEqual(
      ofKind(run.events, "boot").map((e) => e.reason),
      [ABI.bootReasons["power-on"], ABI.bootReasons["kernel-panic"]],
    );
    const panic = ofKind(run.events, "kernel-panic")[0];
    assert.deepEqual([panic?.pc, panic?.code, panic?.text], [0x1234, 42, "test invariant"]);
    assert.deepEqual(
      ofKind(run.events, "app-start").map((e) => e.reason),
      [ABI.startReasons["power-up"], ABI.startReasons["software-reset"]],
    );
    assert.equal(run.events.at(-1)?.kind, "all-done");
  });
});
