// What `regen state dump` needs besides the file: where the board keeps the partition, and the named apps.
//
// The board's board.json `statePartition` says where the partition is; the flash file maps a region of it:
// on mps2 boards the file is the PSRAM at 0x21000000, on the native board the file is the partition itself.
import { locateApp } from "../apps/resolve-app.ts";
import { RegenError } from "../errors.ts";
import { loadApp, loadBoard } from "../run/project-api.ts";
import type { DumpApp, PartitionPlace } from "./state-dump.ts";

/** CPU address the mps2 flash file (QEMU's file-backed PSRAM) starts at. */
const MPS2_PSRAM_BASE = 0x21000000;

/** Where board `boardId`'s flash file holds the partition; `offsetText` (from --offset) overrides it. */
export async function partitionPlace(
  boardId: string,
  offsetText: string | undefined,
): Promise<PartitionPlace> {
  const board = await loadBoard(boardId);
  const partition = board.board.statePartition;
  const bytes = partition?.bytes;
  if (offsetText !== undefined) {
    const offset = Number(offsetText);
    if (!Number.isInteger(offset) || offset < 0) {
      throw new RegenError(
        `--offset expects a byte offset, got "${offsetText}"`,
        "e.g. --offset 0 or --offset 0x1000",
      );
    }
    return { offset, bytes };
  }
  if (board.id === "native") return { offset: 0, bytes };
  if (board.qemuMachine?.startsWith("mps2") === true) {
    return { offset: (partition?.base ?? MPS2_PSRAM_BASE) - MPS2_PSRAM_BASE, bytes };
  }
  throw new RegenError(
    `state dump does not know how the ${board.id} board's flash file is laid out`,
    "pass --offset <bytes> with the partition's offset in the file",
  );
}

/** The apps named with --app, in order, with their quotas. */
export async function dumpApps(args: readonly string[]): Promise<DumpApp[]> {
  const apps: DumpApp[] = [];
  for (const arg of args) {
    const app = await loadApp(locateApp(arg));
    apps.push({ name: app.name, stateBytes: app.manifest.stateBytes });
  }
  return apps;
}
