// `regen run` as a library: build apps into a cache folder, start the board, stream its events to a sink.
//
// mps2 boards run under QEMU (UART on a socket, semihosting for the exit status); the native board runs as
// a host process. The bench uses this too, with extra QEMU arguments (instruction counting).
import { createHash } from "node:crypto";
import path from "node:path";

import { locateApp } from "../apps/resolve-app.ts";
import { RegenError } from "../errors.ts";
import type { EventSink } from "../events/host-event.ts";
import { SourceResolver } from "../events/source-resolver.ts";
import { findOnPath, requireTool } from "../toolchain.ts";
import { ChildProcessTransport } from "../transport/child-process.ts";
import { QemuSocketTransport } from "../transport/qemu-socket.ts";
import type { Transport } from "../transport/transport.ts";
import { appCFile, buildApps, type BuiltFirmware } from "./build-apps.ts";
import { runDevice, type DeviceRunResult } from "./device-run.ts";
import { loadBoard, type BoardSummary, type FirmwareResult } from "./project-api.ts";

/** Options of `regen run`. */
export interface RunAppsOptions {
  readonly apps: readonly string[];
  readonly board: string;
  readonly sink: EventSink;
  readonly forSeconds?: number | undefined;
  /** Build folder; defaults to a per-app-set folder under .regen-cache/. */
  readonly outDir?: string | undefined;
  /** More QEMU arguments (e.g. `-icount shift=0`). */
  readonly qemuArgs?: readonly string[];
  /** Called once the firmware is built, before it runs (e.g. to print where it is). */
  readonly onBuilt?: (built: BuiltFirmware) => void;
}

/** The cache folder for a set of apps on a board: stable across runs, distinct per app set. */
export function cacheDirFor(apps: readonly string[], board: string): string {
  const key = createHash("sha256")
    .update(JSON.stringify([board, ...apps.map((app) => path.resolve(app))]))
    .digest("hex")
    .slice(0, 12);
  return path.resolve(".regen-cache", `${board}-${key}`);
}

/** Builds and runs the apps; resolves when the run ends normally. */
export async function runApps(options: RunAppsOptions): Promise<DeviceRunResult & { built: BuiltFirmware }> {
  const outDir = options.outDir ?? cacheDirFor(options.apps, options.board);
  // Fail before a long build when an app is missing or the runner is not installed.
  options.apps.forEach(locateApp);
  const board = await loadBoard(options.board);
  if (board.runner === "qemu") requireTool("qemu-system-arm", `to run the ${board.id} board`);
  const built = await buildApps(options.apps, options.board, outDir);
  options.onBuilt?.(built);
  const transport = makeTransport(built.board, built.firmware, options.qemuArgs ?? []);
  const resolver = makeResolver(built);
  const result = await runDevice({
    transport,
    sink: options.sink,
    resolver,
    appNames: built.apps.map((app) => app.name),
    forSeconds: options.forSeconds,
  });
  return { ...result, built };
}

function makeTransport(
  board: BoardSummary,
  firmware: FirmwareResult,
  qemuArgs: readonly string[],
): Transport {
  switch (board.runner) {
    case "qemu": {
      const program = requireTool("qemu-system-arm", `to run the ${board.id} board`);
      return new QemuSocketTransport({
        program,
        machine: board.qemuMachine ?? board.id,
        elf: firmware.elf,
        extraArgs: [...board.qemuArgs, ...qemuArgs],
      });
    }
    case "native":
      return new ChildProcessTransport(firmware.executable);
    case "none":
      throw new RegenError(
        `the ${board.id} board cannot be run from here`,
        `build it with \`regen build --board ${board.id}\` and flash it`,
      );
  }
}

function makeResolver({ board, firmware, apps, outDir }: BuiltFirmware): SourceResolver | undefined {
  const program = findOnPath(board.addr2line);
  if (program === null) return undefined;
  const aliases = new Map(apps.map((app) => [appCFile(outDir, app.name), app.location.entry]));
  return new SourceResolver(firmware.elf, program, process.cwd(), board.thumb, aliases);
}
