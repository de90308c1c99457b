// What `regen state dump` needs besides the file: where the board keeps the partition, and the named apps.
//
// The board's board.json `statePartition` says where the partition is; the flash file maps a region of it:
// on mps2 boards the file is the PSRAM at 0x21000000, on the native board the file is the partition itself.
// An app that keeps state is compiled (into a temporary folder, removed at once) for its state type's layout,
// so the dump can show the saved fields; an app that does not compile is still dumped, as hex.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { locateApp } from "../apps/resolve-app.ts";
import { DiagnosticsError, RegenError } from "../errors.ts";
import { compileToFile, loadApp, loadBoard, type LoadedApp } from "../run/project-api.ts";
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

/** The apps named with --app, in order, with their quotas and (for apps that keep state) state layouts. */
export async function dumpApps(args: readonly string[]): Promise<DumpApp[]> {
  const apps: DumpApp[] = [];
  for (const arg of args) {
    const app = await loadApp(locateApp(arg));
    apps.push({ name: app.name, stateBytes: app.manifest.stateBytes, ...(await stateLayoutOf(app)) });
  }
  return apps;
}

/** Compiles `app` for its state layout; a compile error becomes `layoutProblem`, not a failed dump. */
async function stateLayoutOf(app: LoadedApp): Promise<Pick<DumpApp, "layout" | "layoutProblem">> {
  if (app.manifest.stateBytes === 0) return { layout: undefined, layoutProblem: undefined };
  const scratch = mkdtempSync(path.join(tmpdir(), "regen-state-dump-"));
  try {
    const layout = await compileToFile(
      app.location.entry,
      path.join(scratch, "app.c"),
      app.name,
      app.manifest.stateBytes,
    );
    return { layout, layoutProblem: undefined };
  } catch (error) {
    if (!(error instanceof DiagnosticsError)) throw error;
    return { layout: undefined, layoutProblem: `${error.message} (run \`regen compile\` to see them)` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
