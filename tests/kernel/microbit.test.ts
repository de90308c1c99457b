// The microbit board (nRF51822, Cortex-M0) under QEMU: faults without an MPU, the NVMC flash driver,
// the software watchdog, and real TypeScript apps through `regen run`.
//
// The C-app scenarios mirror tests/kernel/support/scenarios.ts with this board's coarser fault classes
// (every fault is a HardFault: see boards/microbit/README.md). Every run has a timeout and QEMU is
// always killed (firmware-runner.ts, and the CLI for `regen run`).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

import { ABI } from "../../tools/src/abi/abi.generated.ts";
import { loadBoard } from "../../tools/src/build/index.ts";
import { parseNdjson, regen } from "../tools/cli-helpers.ts";
import { buildTestFirmware, ofApp, ofKind, runFirmware } from "./support/firmware-runner.ts";
import type { KernelEvent } from "./support/frames.ts";

const start = ABI.startReasons;
const boot = ABI.bootReasons;
const texts = (events: KernelEvent[]): string[] => ofKind(events, "log").map((e) => String(e.text));

describe("kernel on microbit (QEMU)", function () {
  this.timeout(60000);

  it("catches every fault the M0 can raise, tells the classes apart, and another app keeps logging", async () => {
    const build = await buildTestFirmware("microbit", "microbit-faults", [
      { name: "ticker" },
      { name: "faulter", restart: { backoffMs: 0, maxRestarts: 10 } },
    ]);
    const run = await runFirmware(build, { timeoutMs: 30000 });
    assert.equal(run.timedOut, false, `run did not end; stderr:\n${run.stderr}`);
    assert.equal(run.exitCode, 0, run.stderr);
    const { events } = run;
    const faults = ofKind(events, "app-fault");
    // No MPU: the mem-manage demo writes past the end of RAM, which the bus rejects (bus-fault).
    assert.deepEqual(
      faults.map((e) => e.className),
      [
        "bus-fault",
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
    assert.equal(faults[0]?.addr, 0x20004100, "decoded store address: just past the 16 KiB of RAM");
    assert.equal(faults[1]?.addr, 0x30000000, "decoded load address: the unmapped demo address");
    for (const f of [...faults.slice(0, 4), faults[5]]) assert.notEqual(f?.pc, 0, `${f?.className} has a pc`);
    // The overflow ran off the bottom of RAM: its frame is lost, but a return address was found.
    assert.equal(faults[4]?.pc, 0);
    assert.notEqual(faults[4]?.lr, 0);
    assert.deepEqual(
      ofKind(events, "app-restart").map((e) => [e.count, e.delay]),
      faults.map((_, i) => [i + 1, 0]),
    );
    const first = events.indexOf(faults[0] as KernelEvent);
    const last = events.indexOf(faults[7] as KernelEvent);
    const ticksBetween = events.slice(first, last).filter((e) => e.kind === "log" && e.app === 0);
    assert.ok(ticksBetween.length >= 5, `ticker logged ${ticksBetween.length} times while faulter faulted`);
    // The overflow trampled only the ticker's stack, dead between callbacks: all 40 ticks in order.
    assert.deepEqual(
      texts(ofApp(events, 0)).filter((t) => t.startsWith("tick ")),
      Array.from({ length: 40 }, (_, i) => `tick ${i + 1}`),
    );
    assert.deepEqual(
      ofKind(events, "app-exit").map((e) => [e.app, e.code]),
      [
        [1, 7],
        [0, 0],
      ],
    );
    assert.equal(events.at(-1)?.kind, "all-done");
  });

  it("exits on purpose, ends apps with nothing left to run, and stops an app at its restart limit", async () => {
    const build = await buildTestFirmware("microbit", "microbit-lifecycle", [
      { name: "exiter" },
      { name: "oneshot" },
      { name: "crasher", restart: { maxRestarts: 2, backoffMs: 10, backoffMaxMs: 15 } },
    ]);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    const { events } = run;
    assert.deepEqual(texts(ofApp(events, 0)), ["exiting"]);
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

  it("resets a hung kernel through the TIMER0 software watchdog (QEMU has no nRF51 WDT)", async () => {
    const build = await buildTestFirmware("microbit", "microbit-watchdog", [{ name: "hanger" }]);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    const { events } = run;
    assert.deepEqual(
      ofKind(events, "boot").map((e) => e.reason),
      [boot["power-on"], boot.watchdog],
    );
    assert.ok(events.some((e) => e.kind === "watchdog-reset"));
    assert.deepEqual(texts(events), ["hanging the kernel", "back after watchdog"]);
    assert.equal(events.at(-1)?.kind, "all-done");
  });

  it("reboots the chip with SYSRESETREQ when an app with onLimit=reboot hits its limit", async () => {
    const build = await buildTestFirmware("microbit", "microbit-reboot", [
      { name: "rebooter", restart: { maxRestarts: 1, backoffMs: 0, onLimit: "reboot" } },
    ]);
    const run = await runFirmware(build, {
      timeoutMs: 20000,
      until: (events) => ofKind(events, "boot").length >= 2 && ofKind(events, "log").length >= 3,
    });
    assert.deepEqual(
      ofKind(run.events, "boot").map((e) => e.reason),
      [boot["power-on"], boot.software],
    );
    assert.equal(texts(run.events)[2], `rebooter reason ${start["software-reset"]}`);
  });

  it("refuses a syscall pointer into kernel RAM although no MPU would stop the app", async () => {
    const build = await buildTestFirmware("microbit", "microbit-peeker", [{ name: "peeker" }]);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    const faults = ofKind(run.events, "app-fault");
    assert.deepEqual(
      faults.map((e) => [e.className, e.text]),
      [["panic", "syscall pointer outside the app's memory"]],
    );
    assert.deepEqual(texts(run.events), []);
  });

  // Thumb-1 needs more instructions than the M3 for the same C: 16-21 ticks (1,000-1,310 instructions).
  it("restarts a faulted app in at most 1,500 instructions (-icount shift=0)", async () => {
    const build = await buildTestFirmware("microbit", "microbit-restart-cost", [
      { name: "faulter", restart: { backoffMs: 0, maxRestarts: 10 } },
    ]);
    const run = await runFirmware(build, { timeoutMs: 20000, icount: true });
    assert.equal(run.exitCode, 0, run.stderr);
    const measures = ofKind(run.events, "measure");
    assert.equal(measures.find((e) => e.key === ABI.measureKeys["tick-hz"])?.value, 16000000);
    const restarts = measures
      .filter((e) => e.key === ABI.measureKeys["restart-ticks"])
      .map((e) => Number(e.value));
    assert.equal(restarts.length, 7);
    // Under -icount shift=0 one instruction takes 1 ns; one 16 MHz tick is 62.5 ns.
    const worst = Math.max(...restarts) * 62.5;
    assert.ok(worst <= 1500, `slowest restart took ${worst} instructions (${restarts.join(", ")} ticks)`);
  });
});

describe("microbit memory map", function () {
  this.timeout(60000);

  it("puts app 0's stack at the bottom of RAM and the state partition where board.json says, in no PT_LOAD", async () => {
    const board = loadBoard("microbit");
    const build = await buildTestFirmware("microbit", "microbit-layout", [
      { name: "ticker" },
      { name: "exiter" },
    ]);
    const symbols = new Map(
      execFileSync("arm-none-eabi-nm", [build.elf], { encoding: "utf8" })
        .split("\n")
        .map((line) => line.split(" "))
        .filter((parts) => parts.length === 3)
        .map(([value = "", , name = ""]) => [name, Number.parseInt(value, 16)]),
    );
    assert.equal(symbols.get("rg_app_stack_0"), 0x20000000);
    assert.equal(symbols.get("rg_app_stack_1"), 0x20000000 + 2048);
    assert.ok((symbols.get("rg_app_ram_0") ?? 0) >= 0x20000000 + 2 * 2048, "globals above every stack");
    assert.equal(symbols.get("rg_microbit_state_start"), board.statePartition?.base);
    const partition = board.statePartition;
    assert.ok(partition?.base !== undefined);
    const headers = execFileSync("arm-none-eabi-readelf", ["-l", "-W", build.elf], { encoding: "utf8" });
    for (const line of headers.split("\n").filter((l) => l.trim().startsWith("LOAD"))) {
      const [, , virt = "0", phys = "0", , memsz = "0"] = line.trim().split(/\s+/);
      for (const start of [Number.parseInt(virt, 16), Number.parseInt(phys, 16)]) {
        const end = start + Number.parseInt(memsz, 16);
        assert.ok(
          end <= partition.base || start >= partition.base + partition.bytes,
          `segment overlaps: ${line}`,
        );
      }
    }
  });
});

describe("microbit through `regen run` (TypeScript apps)", function () {
  this.timeout(120000);

  it("runs hello to its exit", async () => {
    const result = await regen(["run", "apps/hello", "--board", "microbit", "--json"], {}, 60000);
    assert.equal(result.status, 0, result.stderr);
    const events = parseNdjson(result.stdout);
    assert.deepEqual(
      events.filter((e) => e["kind"] === "log").map((e) => e["text"]),
      [
        "hello from regen",
        "numbers: 42 0.30000000000000004 1e+21 -0 5e-7 9007199254740992",
        "the answer is 42, halved 21, wrapped -2147483607",
      ],
    );
    assert.ok(events.some((e) => e["kind"] === "app-exit" && e["code"] === 0));
  });

  it("runs counter: loadState and saveState pass their stack buffers, kept apart from the globals here", async () => {
    const result = await regen(
      ["run", "apps/counter", "--board", "microbit", "--for", "1", "--json"],
      {},
      60000,
    );
    assert.equal(result.status, 0, result.stderr);
    const events = parseNdjson(result.stdout);
    assert.deepEqual(
      events.filter((e) => e["kind"] === "app-fault"),
      [],
    );
    const logs = events.filter((e) => e["kind"] === "log").map((e) => String(e["text"]));
    assert.equal(logs[0], "counter: first boot");
    assert.ok(logs.length >= 6, `counter logged ${logs.length} lines in 1 s`);
    assert.deepEqual(
      logs.slice(1),
      logs.slice(1).map((_, i) => `saved ${i + 1}`),
    );
  });

  it("runs blink and crashy: crashy's faults are caught with TypeScript sources and restarted, blink goes on", async () => {
    const result = await regen(
      ["run", "apps/blink", "apps/crashy", "--board", "microbit", "--for", "6", "--json"],
      {},
      60000,
    );
    assert.equal(result.status, 0, result.stderr);
    const events = parseNdjson(result.stdout);
    const faults = events.filter((e) => e["kind"] === "app-fault" && e["app"] === "crashy");
    assert.deepEqual(
      faults.slice(0, 6).map((e) => e["class"]),
      ["bus-fault", "bus-fault", "undefined-instruction", "divide-by-zero", "stack-overflow", "hard-fault"],
    );
    for (const fault of faults.slice(0, 6)) {
      assert.match(String(fault["source"]), /^apps\/crashy\/main\.ts:\d+$/, JSON.stringify(fault));
    }
    assert.equal(
      events.filter((e) => e["kind"] === "app-restart" && e["app"] === "crashy").length,
      faults.length,
    );
    const toggles = events
      .filter((e) => e["kind"] === "log" && e["app"] === "blink")
      .map((e) => String(e["text"]));
    assert.ok(toggles.length >= 8, `blink logged ${toggles.length} times`);
    assert.deepEqual(
      toggles,
      toggles.map((_, i) => `led ${(i + 1) % 2} (toggle ${i + 1})`),
    );
  });
});
