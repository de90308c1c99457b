// `regen monitor --port <path> [--elf <file>] [--json]`: decode a running device's output.
//
// Works with a board's USB serial port or QEMU's pty. With --elf, faults are resolved to TypeScript lines
// (the ELF's machine decides which addr2line runs), and the ELF's app table names the apps when the monitor
// joins after boot and so misses the device's app-info frames (which still win when they come). Ends on
// Ctrl-C; a port that disappears is waited for.
import { existsSync, openSync, readSync, closeSync } from "node:fs";

import type { Command } from "commander";

import { MissingPathError } from "../../errors.ts";
import { appNamesFromElf } from "../../events/elf-app-names.ts";
import { SourceResolver } from "../../events/source-resolver.ts";
import { requireTool } from "../../toolchain.ts";
import { makeSink } from "../sinks.ts";

interface MonitorFlags {
  port: string;
  elf?: string;
  json?: boolean;
  baud: string;
}

/** Adds `regen monitor` to `program`. */
export function registerMonitor(program: Command): void {
  program
    .command("monitor")
    .description("decode a running device's events from a serial port (or QEMU's pty)")
    .requiredOption("--port <path>", "serial port, e.g. /dev/ttyACM0 or /dev/pts/3")
    .option("--elf <file>", "firmware ELF, to show faults with their TypeScript line and name apps")
    .option("--baud <rate>", "baud rate", "115200")
    .option("--json", "print one JSON object per line (NDJSON)")
    .action(async (flags: MonitorFlags) => {
      const { monitorPort } = await import("../../run/monitor-session.ts");
      const resolver = flags.elf === undefined ? undefined : makeResolver(flags.elf);
      const abort = new AbortController();
      const stop = (): void => abort.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const sink = makeSink(flags.json === true);
      try {
        await monitorPort({
          path: flags.port,
          baudRate: Number(flags.baud),
          sink,
          resolver,
          ...(flags.elf === undefined ? {} : { appNames: appNamesFromElf(flags.elf) }),
          signal: abort.signal,
        });
      } finally {
        resolver?.close();
        sink.close?.();
      }
    });
}

function makeResolver(elf: string): SourceResolver {
  if (!existsSync(elf))
    throw new MissingPathError(elf, "ELF file", "pass the firmware.elf that `regen build` wrote");
  const arm = isArmElf(elf);
  const program = arm
    ? requireTool("arm-none-eabi-addr2line", "to map fault addresses to source lines")
    : requireTool("addr2line", "to map fault addresses to source lines");
  return new SourceResolver(elf, program, process.cwd(), arm);
}

/** True when the ELF header's machine is ARM (40). */
export function isArmElf(file: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(file, "r");
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt16LE(18) === 40;
}
