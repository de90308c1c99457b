// The kernel's behaviour, end to end, as one mocha suite that runs on any board.
//
// Each scenario builds firmware from hand-written C apps (tests/kernel/apps) with buildFirmware, runs
// it (native process or QEMU), decodes every frame and checks the events: each fault class is caught
// and the app restarted while another app keeps logging, the restart limit, exit and "nothing left to
// run", a kernel hang reset by the watchdog, and on_limit=reboot.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

import { ABI } from "../../../tools/src/abi/abi.generated.ts";
import type { KernelEvent } from "./frames.ts";
import { buildTestFirmware, ofApp, ofKind, runFirmware } from "./firmware-runner.ts";

const fault = ABI.faultClasses;
const start = ABI.startReasons;
const boot = ABI.bootReasons;

const texts = (events: KernelEvent[]): string[] => ofKind(events, "log").map((e) => String(e.text));

/** The address range [start, end] of function `name` in `elf` (a static one too), from its symbol table. */
function functionRange(elf: string, name: string): { start: number; end: number } {
  const arm = execFileSync("file", ["-b", elf], { encoding: "utf8" }).includes("ARM");
  const listing = execFileSync(arm ? "arm-none-eabi-nm" : "nm", ["-S", elf], { encoding: "utf8" });
  const match = new RegExp(`^([0-9a-f]+) ([0-9a-f]+) [tT] ${name}$`, "m").exec(listing);
  assert.ok(match?.[1] !== undefined && match[2] !== undefined, `no function ${name} in ${elf}`);
  // Thumb symbols have bit 0 set; a return address may also point just past the last instruction.
  const start = Number.parseInt(match[1], 16) & ~1;
  return { start, end: start + Number.parseInt(match[2], 16) };
}

/** Defines the scenarios for `boardId`; `sanitize` builds native firmware with ASan + UBSan. */
export function defineKernelScenarios(boardId: string, sanitize: boolean): void {
  const label = (name: string): string => `${boardId}${sanitize ? "-asan" : ""}-${name}`;

  it("catches every fault class, restarts the app, and another app keeps logging", async () => {
    const build = await buildTestFirmware(
      boardId,
      label("faults"),
      [{ name: "ticker" }, { name: "faulter", restart: { backoffMs: 0, maxRestarts: 10 } }],
      sanitize,
    );
    const run = await runFirmware(build, { timeoutMs: 30000 });
    assert.equal(run.timedOut, false, `run did not end; stderr:\n${run.stderr}`);
    assert.equal(run.exitCode, 0, run.stderr);
    const { events } = run;
    assert.deepEqual(
      ofKind(events, "boot").map((e) => e.reason),
      [boot["power-on"]],
    );
    assert.deepEqual(
      ofKind(events, "app-info").map((e) => e.name),
      ["ticker", "faulter"],
    );
    const faults = ofKind(events, "app-fault");
    assert.deepEqual(
      faults.map((e) => e.className),
      [
        "mem-manage",
        "bus-fault",
        "undefined-instruction",
        "divide-by-zero",
        "stack-overflow",
        "hard-fault",
        "timeout",
        "panic",
      ],
    );
    assert.ok(faults.every((e) => e.app === 1));
    assert.equal(faults[7]?.text, "deliberate panic");
    for (const f of faults.slice(0, 4)) assert.notEqual(f.pc, 0, `${f.className} has a pc`);
    // lr is the call site: go()'s call of rg_fault_demo for the demos (not the stack overflow, whose
    // search finds the demo's own recursion on Cortex-M), the caller word the panic syscall passed.
    const go = functionRange(build.elf, "go");
    for (const f of faults.filter((e) => !["stack-overflow", "panic"].includes(String(e.className)))) {
      const lr = Number(f.lr);
      assert.ok(lr > go.start && lr <= go.end, `${f.className}: lr 0x${lr.toString(16)} not in go()`);
    }
    assert.equal(faults[7]?.lr, 0x00c0ffee);
    const restarts = ofKind(events, "app-restart");
    assert.deepEqual(
      restarts.map((e) => [e.count, e.delay]),
      faults.map((_, i) => [i + 1, 0]),
    );
    assert.deepEqual(
      ofKind(ofApp(events, 1), "app-start").map((e) => e.reason),
      [start["power-up"], ...faults.map(() => start["fault-restart"])],
    );
    // start_info counts restarts: the app logs it on each start.
    assert.deepEqual(
      texts(ofApp(events, 1)).filter((t) => t.startsWith("faulter start")),
      faults.map((_, i) => `faulter start ${i}`).concat(["faulter start 8"]),
    );
    // The ticker logged between the first and the last fault, and ran to its end.
    const first = events.indexOf(faults[0] as KernelEvent);
    const last = events.indexOf(faults[7] as KernelEvent);
    const ticksBetween = events.slice(first, last).filter((e) => e.kind === "log" && e.app === 0);
    assert.ok(ticksBetween.length >= 5, `ticker logged ${ticksBetween.length} times while faulter faulted`);
    assert.equal(texts(ofApp(events, 0)).filter((t) => t.startsWith("tick ")).length, 40);
    assert.deepEqual(
      ofKind(events, "app-exit").map((e) => [e.app, e.code]),
      [
        [1, 7],
        [0, 0],
      ],
    );
    assert.equal(events.at(-1)?.kind, "all-done");
    // Zero-backoff restarts of hardware faults are measured (not the panic).
    const measures = ofKind(events, "measure").filter((e) => e.key === ABI.measureKeys["restart-ticks"]);
    assert.equal(measures.length, 7);
    if (boardId === "mps2-an385") {
      assert.equal(faults[1]?.addr, 0xe000ed0c, "bus-fault address is AIRCR");
      assert.ok(Number(faults[0]?.addr) >= 0x20000000, "mem-manage address is kernel RAM");
    }
  });

  it("exits on purpose, ends apps with nothing left to run, and stops an app at its restart limit", async () => {
    const build = await buildTestFirmware(
      boardId,
      label("lifecycle"),
      [
        { name: "exiter" },
        { name: "oneshot" },
        { name: "crasher", restart: { maxRestarts: 2, backoffMs: 10, backoffMaxMs: 15 } },
      ],
      sanitize,
    );
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    const { events } = run;
    assert.deepEqual(texts(ofApp(events, 0)), ["exiting"]);
    const oneshotLogs = ofKind(ofApp(events, 1), "log");
    assert.deepEqual(
      oneshotLogs.map((e) => e.flags),
      [0, 1, 1, 0],
    );
    const long = oneshotLogs
      .slice(1)
      .map((e) => String(e.text))
      .join("");
    assert.equal(long.length, 450);
    assert.ok(oneshotLogs.slice(1, 3).every((e) => String(e.text).length === 200));
    assert.deepEqual(
      ofKind(ofApp(events, 2), "app-restart").map((e) => [e.count, e.delay]),
      [
        [1, 10],
        [2, 15],
      ],
    );
    assert.equal(ofKind(ofApp(events, 2), "app-start").length, 3);
    assert.equal(ofKind(ofApp(events, 2), "app-fault").length, 3);
    assert.equal(ofKind(events, "app-stopped")[0]?.app, 2);
    assert.deepEqual(
      ofKind(events, "app-exit").map((e) => [e.app, e.code]),
      [
        [0, 3],
        [1, 0],
      ],
    );
    assert.equal(events.at(-1)?.kind, "all-done");
  });

  it("resets a hung kernel through the watchdog and restarts the apps with reason watchdog-reset", async () => {
    const build = await buildTestFirmware(boardId, label("watchdog"), [{ name: "hanger" }], sanitize);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    const { events } = run;
    assert.deepEqual(
      ofKind(events, "boot").map((e) => e.reason),
      [boot["power-on"], boot.watchdog],
    );
    const second = events.findIndex((e, i) => i > 0 && e.kind === "boot");
    assert.ok(events.slice(second).some((e) => e.kind === "watchdog-reset"));
    assert.deepEqual(
      ofKind(events, "app-start").map((e) => e.reason),
      [start["power-up"], start["watchdog-reset"]],
    );
    assert.deepEqual(texts(events), ["hanging the kernel", "back after watchdog"]);
    assert.equal(events.at(-1)?.kind, "all-done");
  });

  it("reboots the chip when an app with onLimit=reboot hits its limit", async () => {
    const build = await buildTestFirmware(
      boardId,
      label("reboot"),
      [{ name: "rebooter", restart: { maxRestarts: 1, backoffMs: 0, onLimit: "reboot" } }],
      sanitize,
    );
    const run = await runFirmware(build, {
      timeoutMs: 20000,
      until: (events) => ofKind(events, "boot").length >= 2 && ofKind(events, "log").length >= 3,
    });
    const { events } = run;
    assert.deepEqual(
      ofKind(events, "boot").map((e) => e.reason),
      [boot["power-on"], boot.software],
    );
    assert.deepEqual(texts(events).slice(0, 3), [
      `rebooter reason ${start["power-up"]}`,
      `rebooter reason ${start["fault-restart"]}`,
      `rebooter reason ${start["software-reset"]}`,
    ]);
    assert.equal(
      ofKind(events, "app-fault").filter((e) => e.class === fault["undefined-instruction"]).length >= 2,
      true,
    );
  });
}
