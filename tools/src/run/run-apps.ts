// `regen run` as a library: build apps into a cache folder, start the board, stream its events to a sink.
//
// mps2 boards run under QEMU (UART on a socket, semihosting for the exit status); the native board runs as
// a host process. The bench uses this too, with extra QEMU arguments (instruction counting).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";

import { locateApp } from "../apps/resolve-app.ts";
import { RegenError } from "../errors.ts";
import type { EventSink } from "../events/host-event.ts";
import { SourceResolver } from "../events/source-resolver.ts";
import { findOnPath, requireTool } from "../toolchain.ts";
import { ChildProcessTransport } from "../transport/child-process.ts";
import { QemuFlashImage } from "../transport/qemu-flash-image.ts";
import { QemuSocketTransport } from "../transport/qemu-socket.ts";
import type { Transport } from "../transport/transport.ts";
import { appCFile, buildApps, type BuiltFirmware } from "./build-apps.ts";
import { runDevice, type DeviceRunResult } from "./device-run.ts";
import { prepareFlashFile, type FlashSetup } from "./flash-file.ts";
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
  /** Keep the board's state partition in this file across runs (`--flash-file`). */
  readonly flashFile?: string | undefined;
  /** Extra C flags for the whole firmware (e.g. `-DRG_MEASURE_SAVE` for the bench). */
  readonly cFlags?: readonly string[];
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
  const flash =
    options.flashFile === undefined
      ? {}
      : prepareFlashFile(board.id, board.qemuMachine, options.flashFile, board.board.statePartition);
  const built = await buildApps(options.apps, options.board, outDir, options.cFlags ?? []);
  options.onBuilt?.(built);
  const transport = makeTransport(built.board, built.firmware, options.qemuArgs ?? [], flash);
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
  flash: FlashSetup,
): Transport {
  switch (board.runner) {
    case "qemu": {
      const program = requireTool("qemu-system-arm", `to run the ${board.id} board`);
      // With a flash file, `-M` carries the memory-backend option and the backend object follows it.
      const [, machineOption, ...backend] = flash.qemuMachineArgs ?? [];
      return new QemuSocketTransport({
        program,
        machine: machineOption ?? board.qemuMachine ?? board.id,
        elf: firmware.elf,
        extraArgs: [...board.qemuArgs, ...backend, ...qemuArgs],
        flashImage:
          flash.image === undefined
            ? undefined
            : new QemuFlashImage({
                ...flash.image,
                exitAddress: symbolAddress(board, firmware.elf, EXIT_SYMBOL),
              }),
      });
    }
    case "native":
      return new ChildProcessTransport(firmware.executable, [], { ...process.env, ...flash.env });
    case "none":
      throw new RegenError(
        `the ${board.id} board cannot be run from here`,
        `build it with \`regen build --board ${board.id}\` and flash it`,
      );
  }
}

/** The firmware's semihosting exit (every board HAL's); a run that saves flash stops there first. */
const EXIT_SYMBOL = "rg_hal_idle_exit";

/** The address of function `name` in `elf` (Thumb bit cleared), or undefined when nm cannot tell. */
function symbolAddress(board: BoardSummary, elf: string, name: string): number | undefined {
  const nm = findOnPath(board.addr2line.replace(/addr2line$/, "nm"));
  if (nm === null) return undefined;
  try {
    const listing = execFileSync(nm, [elf], { encoding: "utf8" });
    const line = listing.split("\n").find((l) => l.endsWith(` ${name}`));
    if (line === undefined) return undefined;
    return Number.parseInt(line.split(" ")[0] ?? "", 16) & ~1;
  } catch {
    return undefined;
  }
}

function makeResolver({ board, firmware, apps, outDir }: BuiltFirmware): SourceResolver | undefined {
  const program = findOnPath(board.addr2line);
  if (program === null) return undefined;
  const aliases = new Map(apps.map((app) => [appCFile(outDir, app.name), app.location.entry]));
  return new SourceResolver(firmware.elf, program, process.cwd(), board.thumb, aliases);
}
