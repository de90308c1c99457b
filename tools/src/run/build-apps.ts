// Apps → firmware: locate each app, compile it to C, link everything for one board.
//
// Shared by `regen build` (into a folder the user names) and `regen run` (into a cache folder). Checks
// for the toolchain first so a missing package is reported before any work is done.
import path from "node:path";

import { locateApp } from "../apps/resolve-app.ts";
import { MissingToolError, RegenError } from "../errors.ts";
import { findOnPath } from "../toolchain.ts";
import {
  buildFirmware,
  compileToFile,
  loadApp,
  loadBoard,
  type BoardSummary,
  type FirmwareResult,
  type LoadedApp,
} from "./project-api.ts";

/** The result of building apps for a board. */
export interface BuiltFirmware {
  readonly board: BoardSummary;
  readonly apps: readonly LoadedApp[];
  readonly firmware: FirmwareResult;
  /** The build folder; compiled apps are `<outDir>/apps/<name>.c`. */
  readonly outDir: string;
}

/** Builds `appArgs` for board `boardId` into `outDir`. */
export async function buildApps(
  appArgs: readonly string[],
  boardId: string,
  outDir: string,
  extraCFlags: readonly string[] = [],
): Promise<BuiltFirmware> {
  if (appArgs.length === 0) throw new RegenError("no app given", "name at least one app folder or .ts file");
  const locations = appArgs.map(locateApp);
  const board = await loadBoard(boardId);
  requireToolchain(board);
  const apps = await Promise.all(locations.map(loadApp));
  checkUniqueNames(apps);
  const compiled: { app: LoadedApp; cFile: string }[] = [];
  for (const app of apps) {
    const cFile = appCFile(outDir, app.name);
    // Read defensively: a manifest type without stateBytes means no quota to check at compile time.
    const quota = (app.manifest as { stateBytes?: unknown }).stateBytes;
    const heap = (app.manifest as { heapBytes?: unknown }).heapBytes;
    await compileToFile(
      app.location.entry,
      cFile,
      app.name,
      typeof quota === "number" ? quota : undefined,
      typeof heap === "number" ? heap : undefined,
    );
    compiled.push({ app, cFile });
  }
  const firmware = await buildFirmware(board, compiled, outDir, extraCFlags);
  return { board, apps, firmware, outDir: path.resolve(outDir) };
}

/** Where an app's generated C file goes in a build folder. */
export function appCFile(outDir: string, name: string): string {
  return path.resolve(outDir, "apps", `${name}.c`);
}

function requireToolchain({ board }: BoardSummary): void {
  const gcc = `${board.toolchainPrefix}gcc`;
  if (findOnPath(gcc) === null) {
    throw new MissingToolError(
      gcc,
      board.toolchainPackage.split(/\s+/),
      `to build for the ${board.id} board`,
    );
  }
}

function checkUniqueNames(apps: readonly LoadedApp[]): void {
  const seen = new Map<string, string>();
  for (const app of apps) {
    const other = seen.get(app.name);
    if (other !== undefined) {
      throw new RegenError(
        `two apps are named "${app.name}" (${other} and ${app.location.arg})`,
        "give each app a different `name` in its app.json",
      );
    }
    seen.set(app.name, app.location.arg);
  }
}
