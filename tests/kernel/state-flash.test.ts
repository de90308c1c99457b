// The boards' state-partition drivers (rg_hal_flash.h), checked from inside running firmware.
//
// The test app flasher.c erases, programs through unaligned buffers, checks the NOR rule and the error
// codes, then resets the chip and checks that its marker survived. microbit: the real NVMC under QEMU;
// native: a file (RG_FLASH_FILE) and the RAM image. mps2-an385's PSRAM driver is out of an app's reach
// (MPU), so the state store's own tests exercise it.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { buildTestFirmware, ofKind, runFirmware, type TestApp } from "./support/firmware-runner.ts";
import type { KernelEvent } from "./support/frames.ts";

const flasher: TestApp = { name: "flasher", restart: { maxRestarts: 0, backoffMs: 0, onLimit: "reboot" } };
const firstBoot = ["erase ok", "program ok", "nor ok", "errors ok", "marker written, resetting"];
const texts = (events: KernelEvent[]): string[] => ofKind(events, "log").map((e) => String(e.text));

describe("state-partition drivers", function () {
  this.timeout(60000);

  it("microbit: the NVMC driver erases, programs, keeps NOR rules, and its data survives SYSRESETREQ", async () => {
    const build = await buildTestFirmware("microbit", "microbit-flash", [flasher]);
    const run = await runFirmware(build, { timeoutMs: 20000 });
    assert.equal(run.exitCode, 0, run.stderr);
    assert.deepEqual(texts(run.events), [
      "sector bytes 1024",
      "sectors 16",
      "word bytes 4",
      ...firstBoot,
      "sector bytes 1024",
      "sectors 16",
      "word bytes 4",
      "marker survived the reset",
    ]);
    assert.deepEqual(
      ofKind(run.events, "app-exit").map((e) => e.code),
      [0],
    );
  });

  it("native: RG_FLASH_FILE is the partition (grown with 0xFF) and survives the re-exec of a reset", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "regen-flash-"));
    const file = path.join(folder, "flash.img");
    const saved = process.env["RG_FLASH_FILE"];
    try {
      const build = await buildTestFirmware("native", "native-flash", [flasher]);
      process.env["RG_FLASH_FILE"] = file;
      const run = await runFirmware(build, { timeoutMs: 20000 });
      assert.equal(run.exitCode, 0, run.stderr);
      assert.deepEqual(texts(run.events).slice(3, 8), firstBoot);
      assert.equal(texts(run.events).at(-1), "marker survived the reset");
      const image = readFileSync(file);
      assert.equal(image.length, 64 * 1024);
      assert.ok(
        image.every((byte) => byte === 0xff),
        "the flasher leaves its sector erased",
      );
    } finally {
      if (saved === undefined) delete process.env["RG_FLASH_FILE"];
      else process.env["RG_FLASH_FILE"] = saved;
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("native: without RG_FLASH_FILE the partition is a RAM image that a reset starts afresh", async () => {
    const saved = process.env["RG_FLASH_FILE"];
    delete process.env["RG_FLASH_FILE"];
    try {
      const build = await buildTestFirmware("native", "native-flash", [flasher]);
      const run = await runFirmware(build, { timeoutMs: 20000 });
      assert.deepEqual(texts(run.events).slice(3, 8), firstBoot);
      assert.equal(texts(run.events).at(-1), "FAIL marker-after-reset 0");
    } finally {
      if (saved !== undefined) process.env["RG_FLASH_FILE"] = saved;
    }
  });
});
