// Port listing: the binding's list, and the /sys/class/tty fallback when the binding cannot list (no udevadm).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { BindingInterface } from "@serialport/bindings-cpp";

import { listPorts } from "../../tools/src/transport/port-list.ts";
import { MockBinding } from "../../tools/src/transport/mock-serial.ts";

describe("tools: serial port listing", () => {
  let sys: string;
  before(() => {
    // A miniature /sys/class/tty: a USB ACM port, a legacy 8250 port with no irq, and a virtual console.
    sys = mkdtempSync(path.join(tmpdir(), "regen-sys-"));
    const drivers = path.join(sys, "drivers");
    for (const driver of ["cdc_acm", "serial8250"])
      mkdirSync(path.join(drivers, driver), { recursive: true });
    const tty = path.join(sys, "class", "tty");
    for (const [name, driver, irq] of [
      ["ttyACM0", "cdc_acm", "0"],
      ["ttyS3", "serial8250", "0"],
    ] as const) {
      const device = path.join(sys, "devices", name);
      mkdirSync(device, { recursive: true });
      symlinkSync(path.join(drivers, driver), path.join(device, "driver"));
      mkdirSync(path.join(tty, name), { recursive: true });
      symlinkSync(device, path.join(tty, name, "device"));
      writeFileSync(path.join(tty, name, "irq"), `${irq}\n`);
    }
    mkdirSync(path.join(tty, "tty1"), { recursive: true });
  });
  after(() => rmSync(sys, { recursive: true, force: true }));
  afterEach(() => MockBinding.reset());

  it("uses the binding's list when it works", async () => {
    MockBinding.createPort("/dev/ttyMOCK0", { manufacturer: "regen" });
    assert.deepEqual(await listPorts(MockBinding, path.join(sys, "class", "tty")), [
      { path: "/dev/ttyMOCK0", description: "regen", source: "binding" },
    ]);
  });

  it("falls back to /sys/class/tty when the binding cannot list", async () => {
    const noUdevadm = {
      ...MockBinding,
      list: () => Promise.reject(new Error("spawn udevadm ENOENT")),
    } as unknown as BindingInterface;
    assert.deepEqual(await listPorts(noUdevadm, path.join(sys, "class", "tty")), [
      { path: "/dev/ttyACM0", description: "cdc_acm", source: "sysfs" },
    ]);
  });
});
