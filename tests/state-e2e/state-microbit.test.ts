// The state store in the kernel on microbit (QEMU): saves go through the real NVMC driver and survive app
// faults, a watchdog reset and a software reset within one QEMU run.
//
// The board has no MPU and packs the apps' stacks apart from their globals (boards/microbit/README.md), and
// compiled apps load and save through a buffer on their stack: the test app resumer.c does the same, so a
// kernel pointer check that knew only the globals would panic the app at its first load. QEMU keeps the
// chip's flash across SYSRESETREQ but not across QEMU processes, so the whole story is one run.
import assert from "node:assert/strict";

import { ABI } from "../../tools/src/abi/abi.generated.ts";
import type { DeviceEvent } from "../../tools/src/protocol/index.ts";
import { checkCounter } from "./support/counter-check.ts";
import { buildStateFirmware, logsOf, runWithFlash } from "./support/firmware.ts";

const start = ABI.startReasons;
const boot = ABI.bootReasons;

const faultClasses = (events: DeviceEvent[]): number[] =>
  events.flatMap((e) => (e.type === "app-fault" ? [e.fields.class] : []));
const bootReasons = (events: DeviceEvent[]): number[] =>
  events.flatMap((e) => (e.type === "boot" ? [e.fields.reason] : []));
const exitCodes = (events: DeviceEvent[]): number[] =>
  events.flatMap((e) => (e.type === "app-exit" ? [e.fields.code] : []));

describe("state store in the kernel on microbit (QEMU, NVMC)", function () {
  this.timeout(120_000);

  it("resumes the saved count after app faults, a watchdog reset and a software reset", async () => {
    const build = await buildStateFirmware("microbit", "microbit-resumer", [
      { name: "resumer", stateBytes: 8, maxRestarts: 1, onLimit: "reboot" },
    ]);
    const outcome = await runWithFlash(build, { timeoutMs: 15_000 });
    const { events } = outcome;
    // Only the app's own undefined instructions: a refused state pointer would show here as a panic.
    assert.deepEqual(
      faultClasses(events),
      Array.from({ length: 3 }, () => ABI.faultClasses["undefined-instruction"]),
    );
    assert.equal(outcome.stopped, null, "the run did not end by itself");
    assert.equal(outcome.exitCode, 0);
    // Count 5: a fault, restarted; 12: the kernel hangs, the watchdog resets the chip; 15: a fault,
    // restarted; 25: a fault at the restart limit, so the kernel reboots the chip; 30: the app exits.
    assert.deepEqual(bootReasons(events), [boot["power-on"], boot.watchdog, boot.software]);
    const logs = logsOf(events, 0);
    const starts = logs.filter((t) => t.startsWith("reason ") || t.startsWith("count "));
    assert.deepEqual(starts, [
      `reason ${start["first-boot"]}`,
      "count 0",
      `reason ${start["fault-restart"]}`,
      "count 5",
      `reason ${start["watchdog-reset"]}`,
      "count 12",
      `reason ${start["fault-restart"]}`,
      "count 15",
      `reason ${start["software-reset"]}`,
      "count 25",
    ]);
    assert.deepEqual(
      logs.filter((t) => !starts.includes(t)),
      [`load ${ABI.errors.RG_ERR_NOT_FOUND}`],
      "only the first boot found nothing to load; no save failed and no blob was corrupt",
    );
    assert.equal(events.filter((e) => e.type === "state-restore").length, 4);
    // Every count from 1 to 30 was committed (the app exited at 30); the event of the save made just
    // before the watchdog reset may not reach the host, which checkCounter allows for at each start.
    const history = checkCounter(events, 0);
    assert.ok(history.saves >= 29 && history.saves <= 30, `${history.saves} state-save events`);
    assert.deepEqual(exitCodes(events), [0]);
    assert.equal(events.at(-1)?.type, "all-done");
  });
});
