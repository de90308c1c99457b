// Lists serial ports: the binding's own list, or /sys/class/tty when that list cannot be made.
//
// On Linux, @serialport/bindings-cpp lists ports by running `udevadm`, which minimal systems and containers
// lack; then we read /sys/class/tty ourselves and report the ttys that sit on a real device (USB, serial
// cores). Pseudo-terminals are never listed: they are not hardware.
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";

import type { BindingInterface } from "@serialport/bindings-cpp";

/** One serial port. */
export interface PortEntry {
  readonly path: string;
  readonly description?: string;
  /** Where the list came from. */
  readonly source: "binding" | "sysfs";
}

/** Lists ports with `binding`, falling back to sysfs when the binding fails (e.g. no udevadm). */
export async function listPorts(
  binding: BindingInterface,
  sysClassTty = "/sys/class/tty",
): Promise<PortEntry[]> {
  try {
    const ports = await binding.list();
    return ports.map((port) => ({
      path: port.path,
      ...(port.manufacturer === undefined ? {} : { description: port.manufacturer }),
      source: "binding" as const,
    }));
  } catch {
    return listFromSysfs(sysClassTty);
  }
}

/** The ttys under `root` (normally /sys/class/tty) that are backed by a device driver. */
export function listFromSysfs(root = "/sys/class/tty"): PortEntry[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const entries: PortEntry[] = [];
  for (const name of names.sort()) {
    const deviceLink = path.join(root, name, "device");
    if (!existsSync(deviceLink)) continue;
    const driver = driverName(deviceLink);
    // Legacy 8250 ports exist on every PC whether or not anything is wired to them; skip those without an irq.
    if (driver === "serial8250" && !hasIrq(path.join(root, name))) continue;
    entries.push({
      path: `/dev/${name}`,
      ...(driver === undefined ? {} : { description: driver }),
      source: "sysfs",
    });
  }
  return entries;
}

function driverName(deviceLink: string): string | undefined {
  try {
    return path.basename(realpathSync(path.join(deviceLink, "driver")));
  } catch {
    return undefined;
  }
}

function hasIrq(ttyFolder: string): boolean {
  try {
    return Number(readFileSync(path.join(ttyFolder, "irq"), "utf8").trim()) !== 0;
  } catch {
    return false;
  }
}
