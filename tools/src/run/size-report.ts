// The size report `regen build` prints: kernel flash and RAM, then each app's share.
import type { FirmwareResult } from "./project-api.ts";

/** The report as aligned text lines. */
export function formatSizeReport(firmware: FirmwareResult): string {
  const rows = [firmware.kernel, firmware.state, firmware.runtime, ...firmware.apps];
  const width = Math.max(6, ...rows.map((row) => row.name.length));
  const line = (name: string, flash: string, ram: string): string =>
    `${name.padEnd(width)}  ${flash.padStart(10)}  ${ram.padStart(10)}`;
  const total = rows.reduce((sum, row) => ({ flash: sum.flash + row.flash, ram: sum.ram + row.ram }), {
    flash: 0,
    ram: 0,
  });
  return [
    line("", "flash (B)", "RAM (B)"),
    line("kernel", String(firmware.kernel.flash), String(firmware.kernel.ram)),
    line(firmware.state.name, String(firmware.state.flash), String(firmware.state.ram)),
    line("runtime", String(firmware.runtime.flash), String(firmware.runtime.ram)),
    ...firmware.apps.map((app) => line(app.name, String(app.flash), String(app.ram))),
    line("total", String(total.flash), String(total.ram)),
  ].join("\n");
}
