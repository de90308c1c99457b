// The state store wired into the kernel, end to end on native and mps2-an385 with a persistent flash file.
//
// Hand-written C apps (tests/state-e2e/apps) drive the state syscalls as compiled apps do. Each board runs
// the counter through 20+ power cuts at seeded random instants (SIGKILL of the process or of QEMU), then
// through app faults and a watchdog reset inside one run, checking that no committed save is lost and nothing
// is reported damaged; the quota, schema, release and first-boot rules; and that a damaged partition is
// reported and left alone.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { BuildResult } from "../../tools/src/build/index.ts";
import { ABI } from "../../tools/src/abi/abi.generated.ts";
import type { DeviceEvent } from "../../tools/src/protocol/index.ts";
import { readPartition } from "../../tools/src/state/partition-reader.ts";
import { checkCounter, seeded } from "./support/counter-check.ts";
import { buildStateFirmware, loggedNumber, logsOf, runWithFlash } from "./support/firmware.ts";

const start = ABI.startReasons;
const CUTS = 20;

const flashFileFor = (dir: string, board: string): string => {
  const file = path.join(dir, `${board}.img`);
  // mps2: QEMU needs exactly 16 MiB; native: the HAL grows a short file with 0xFF.
  writeFileSync(file, "");
  if (board !== "native") truncateSync(file, 16 * 1024 * 1024);
  return file;
};

const startReasons = (events: DeviceEvent[], app: number): number[] =>
  events.flatMap((e) => (e.type === "app-start" && e.fields.app === app ? [e.fields.reason] : []));

for (const board of ["native", "mps2-an385"]) {
  describe(`state store in the kernel on ${board}`, function () {
    this.timeout(120_000);
    let dir: string;
    let counterBuild: BuildResult;
    let wobblyBuild: BuildResult;
    const isHost = board === "native";

    before(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "regen-state-e2e-"));
      counterBuild = await buildStateFirmware(board, `${board}-counter`, [
        { name: "counter", stateBytes: 64 },
        { name: "hog", stateBytes: 16 },
      ]);
      wobblyBuild = await buildStateFirmware(board, `${board}-wobbly`, [
        { name: "wobbly", stateBytes: 4, maxRestarts: 1000 },
      ]);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it(`keeps every committed save across ${CUTS} power cuts at random instants`, async () => {
      const flash = flashFileFor(dir, board);
      const random = seeded(isHost ? 1 : 2);
      const all: DeviceEvent[] = [];
      for (let cut = 0; cut < CUTS; cut++) {
        const outcome = await runWithFlash(counterBuild, {
          flashFile: flash,
          timeoutMs: 10_000,
          killAfterMs: 40 + Math.floor(random() * 260),
        });
        assert.equal(outcome.stopped, "cut", `run ${cut} ended by itself`);
        const reasons = startReasons(outcome.events, 0);
        assert.deepEqual(reasons, [cut === 0 ? start["first-boot"] : start["power-up"]]);
        all.push(...outcome.events);
      }
      const history = checkCounter(all, 0);
      assert.equal(history.starts, CUTS);
      assert.ok(history.saves > CUTS, `only ${history.saves} saves in ${CUTS} runs`);
      // The offline reader agrees with what the kernel will hand over next.
      const image = readPartition(partitionBytes(flash, board));
      assert.equal(image.status, "ok", image.problems.join("; "));
      const next = await runWithFlash(counterBuild, { flashFile: flash, timeoutMs: 10_000, until: hasCount });
      const slot = image.slots.find((s) => s.app === 0);
      assert.ok(slot !== undefined);
      const word0 = new DataView(slot.record.data.buffer, slot.record.data.byteOffset).getUint32(0, true);
      assert.equal(loggedNumber(next.events, 0, "count "), word0);
    });

    it("enforces the quota, refuses another schema, releases on exit, leaves other apps alone", async () => {
      const flash = flashFileFor(dir, board);
      const first = await runWithFlash(counterBuild, {
        flashFile: flash,
        timeoutMs: 10_000,
        until: savedTwice,
      });
      const hog = logsOf(first.events, 1);
      assert.deepEqual(hog.slice(0, 4), [
        `over ${ABI.errors.RG_ERR_TOO_BIG}`,
        "within 0",
        `schema ${ABI.errors.RG_ERR_SCHEMA}`,
        "load 16",
      ]);
      const schema = first.events.find((e) => e.type === "state-schema");
      assert.deepEqual(schema?.fields, { app: 1, saved: 7, expected: 8 });
      if (isHost) {
        assert.ok(hog.includes("after bad pointer 0")); // one address space: nothing to protect
      } else {
        // A load into flash is refused as the app's fault; the kernel wrote nothing there.
        assert.ok(first.events.some((e) => e.type === "app-fault" && e.fields.app === 1));
        assert.ok(!hog.includes("after bad pointer 0"));
      }
      const second = await runWithFlash(counterBuild, {
        flashFile: flash,
        timeoutMs: 10_000,
        // Both apps must have started: the counter (app 0) logs before the hog (app 1) is started.
        until: (events) =>
          hasCount(events) && events.some((e) => e.type === "app-start" && e.fields.app === 1),
      });
      // hog ended on purpose (native) so its state was released: it starts as on a first boot again.
      if (isHost) assert.deepEqual(startReasons(second.events, 1), [start["first-boot"]]);
      assert.deepEqual(startReasons(second.events, 0), [start["power-up"]]);
      assert.ok((loggedNumber(second.events, 0, "count ") ?? 0) >= 1, "the counter kept its state");
    });

    it("keeps the counter across app faults and a watchdog reset in one run", async () => {
      const flash = flashFileFor(dir, board);
      const outcome = await runWithFlash(wobblyBuild, {
        flashFile: flash,
        timeoutMs: 30_000,
        // Starts log 0, 5, 15, 23 (after the watchdog reset), 25, 35, 45: stop after a few faults.
        until: (events) => events.some((e) => e.type === "log" && e.fields.text === "count 45"),
      });
      assert.equal(outcome.stopped, "until", "the counter did not restart at 45");
      const faults = outcome.events.filter((e) => e.type === "app-fault").length;
      assert.ok(faults >= 3, `${faults} faults`);
      assert.ok(outcome.events.some((e) => e.type === "watchdog-reset"));
      const reasons = startReasons(outcome.events, 0);
      assert.ok(reasons.includes(start["fault-restart"]) && reasons.includes(start["watchdog-reset"]));
      checkCounter(outcome.events, 0);
    });

    it("reports a damaged partition, refuses to write it and changes nothing", async () => {
      const flash = flashFileFor(dir, board);
      await runWithFlash(counterBuild, { flashFile: flash, timeoutMs: 10_000, until: savedTwice });
      const broken = path.join(dir, `${board}-broken.img`);
      copyFileSync(flash, broken);
      // Flip a byte inside the first record's data: no power cut explains it.
      const bytes = readFileSync(broken);
      const base = partitionOffset(board);
      bytes[base + 20 + 20 + 8] = (bytes[base + 20 + 20 + 8] ?? 0) ^ 0x40;
      writeFileSync(broken, bytes);
      const before = readFileSync(broken);
      const outcome = await runWithFlash(counterBuild, {
        flashFile: broken,
        timeoutMs: 10_000,
        until: refusedTwice,
      });
      const damage = outcome.events.find((e) => e.type === "state-damage");
      assert.ok(damage !== undefined, "no state-damage event");
      assert.ok(logsOf(outcome.events, 0).includes(`save error ${ABI.errors.RG_ERR_CORRUPT}`));
      assert.ok(readFileSync(broken).equals(before), "the kernel wrote to a damaged partition");
      assert.equal(readPartition(partitionBytes(broken, board)).status, "damaged");
    });
  });
}

function hasCount(events: DeviceEvent[]): boolean {
  return events.some((e) => e.type === "log" && e.fields.app === 0 && e.fields.text.startsWith("count "));
}

function savedTwice(events: DeviceEvent[]): boolean {
  return events.filter((e) => e.type === "state-save" && e.fields.app === 0).length >= 2;
}

function refusedTwice(events: DeviceEvent[]): boolean {
  return events.filter((e) => e.type === "log" && e.fields.text.startsWith("save error")).length >= 2;
}

/** Where the partition starts in the board's flash file: native's file is the partition; mps2's partition
 * sits at the base of the file-backed PSRAM (board.json statePartition.base = 0x21000000). */
function partitionOffset(_board: string): number {
  return 0;
}

function partitionBytes(file: string, board: string): Uint8Array {
  const offset = partitionOffset(board);
  return new Uint8Array(readFileSync(file).subarray(offset, offset + 65536));
}
