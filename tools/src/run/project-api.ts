// The CLI's view of the compiler and the firmware build library, in one place.
//
// Commands call these functions only; this file adapts them to compiler/src (compileApp, formatDiagnostic)
// and tools/src/build (loadBoard, listBoards, loadAppManifest, buildFirmware), and turns their failures into
// RegenErrors with hints. Keeping the seam here means a change in either library touches one file.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { AppLocation } from "../apps/resolve-app.ts";
import { BuildError, CompileError as BuildCompileError, ToolchainError } from "../build/index.ts";
import * as buildLib from "../build/index.ts";
import { defaultManifest, loadAppManifest, type AppManifest, type Board } from "../build/index.ts";
import { DiagnosticsError, EXIT, RegenError } from "../errors.ts";

/** A board as the CLI needs it. */
export interface BoardSummary {
  readonly id: string;
  readonly description: string;
  /** How `regen run` runs firmware for it. */
  readonly runner: "qemu" | "native" | "none";
  /** The QEMU machine (`-M`), for runner `qemu`. */
  readonly qemuMachine?: string;
  /** Extra QEMU arguments from board.json. */
  readonly qemuArgs: readonly string[];
  /** The addr2line program for its ELF files. */
  readonly addr2line: string;
  /** True for Arm Thumb code (fault pcs may carry bit 0). */
  readonly thumb: boolean;
  /** The build library's full description. */
  readonly board: Board;
}

/** One app ready to build: where it is and its (validated) manifest. */
export interface LoadedApp {
  readonly location: AppLocation;
  readonly name: string;
  readonly manifest: AppManifest;
}

/** Flash and RAM use, in bytes. */
export interface SizeLine {
  readonly name: string;
  readonly flash: number;
  readonly ram: number;
}

/** What a firmware build produced. */
export interface FirmwareResult {
  /** The ELF with debug info (for QEMU, addr2line). */
  readonly elf: string;
  /** The file to execute, for the native board. */
  readonly executable: string;
  readonly kernel: SizeLine;
  /** The app runtime (runtime-c/rt) shared by every app. */
  readonly runtime: SizeLine;
  /** The flash state store (runtime-c/state), counted apart from the kernel. */
  readonly state: SizeLine;
  readonly apps: readonly SizeLine[];
}

/** Turns the build library's errors into RegenErrors (message with file and field, hint, exit status). */
export function adaptBuildError(error: unknown): unknown {
  if (!(error instanceof BuildError)) return error;
  const where = [error.file === undefined ? undefined : displayPath(error.file), error.field]
    .filter((part) => part !== undefined)
    .join(": ");
  const status =
    error instanceof ToolchainError
      ? EXIT.missingTool
      : error instanceof BuildCompileError
        ? EXIT.build
        : EXIT.usage;
  const message =
    error instanceof BuildCompileError
      ? error.message
      : `${where === "" ? "" : `${where}: `}${error.message}`;
  return new RegenError(message, error.hint, status);
}

async function adapted<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw adaptBuildError(error);
  }
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

function summarize(board: Board): BoardSummary {
  return {
    id: board.id,
    description: board.title,
    runner: board.isHost ? "native" : board.qemu === undefined ? "none" : "qemu",
    ...(board.qemu === undefined ? {} : { qemuMachine: board.qemu.machine }),
    qemuArgs: board.qemu?.args ?? [],
    addr2line: `${board.toolchainPrefix}addr2line`,
    thumb: board.arch.startsWith("cortex-m"),
    board,
  };
}

/** Every board under boards/. */
export async function listBoards(): Promise<BoardSummary[]> {
  return adapted(() => buildLib.listBoards().map(summarize));
}

/** The board `id`; throws a RegenError naming the known boards for an unknown id. */
export async function loadBoard(id: string): Promise<BoardSummary> {
  return adapted(() => summarize(buildLib.loadBoard(id)));
}

/** Reads and validates an app's manifest (or makes the default one for a single file). */
export async function loadApp(location: AppLocation): Promise<LoadedApp> {
  return adapted(() => {
    const manifest =
      location.manifest === undefined
        ? defaultManifest(appNameFromFile(location.defaultName))
        : loadAppManifest(location.dir);
    return { location, name: manifest.name, manifest };
  });
}

/** An app name (lower-case letters, digits, '-', starting with a letter) made from a file name. */
export function appNameFromFile(base: string): string {
  const cleaned = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 32);
  return cleaned === "" ? "app" : cleaned;
}

/** Compiles one app's TypeScript to C at `outFile`; throws DiagnosticsError with formatted diagnostics.
 * `stateBytes` is the app's quota (app.json): a state type that cannot fit is a compile error; `heapBytes`
 * sizes the app's heap (app.json). Returns the state type's layout (field paths, kinds, offsets, schema
 * hash) when the app keeps state. */
export async function compileToFile(
  entry: string,
  outFile: string,
  moduleId = "app",
  stateBytes?: number,
  heapBytes?: number,
): Promise<import("../../../compiler/src/index.ts").StateLayout | undefined> {
  // The compiler (and ts-morph inside it) is the slowest module to load: only commands that compile pay.
  const { compileApp, formatDiagnostic } = await import("../../../compiler/src/index.ts");
  // The path as given to the compiler is the one diagnostics and #line directives (hence fault sources) show.
  const file = displayPath(path.resolve(entry));
  const result = compileApp({
    file,
    moduleId: cIdentifier(moduleId),
    ...(stateBytes === undefined ? {} : { stateBytes }),
    ...(heapBytes === undefined ? {} : { heapBytes }),
  });
  if (!result.ok) {
    const formatted = result.diagnostics.map(formatDiagnostic).join("\n\n");
    throw new DiagnosticsError(file, formatted, result.diagnostics.length);
  }
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, result.c);
  return result.state;
}

/** The C module id for an app name (`my-app` → `my_app`). */
export function cIdentifier(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

/** Links the kernel, the board and the compiled apps into firmware under `outDir`. */
export async function buildFirmware(
  board: BoardSummary,
  apps: readonly { app: LoadedApp; cFile: string }[],
  outDir: string,
  extraCFlags: readonly string[] = [],
): Promise<FirmwareResult> {
  const result = await adapted(() =>
    buildLib.buildFirmware({
      board: board.board,
      apps: apps.map(({ app, cFile }) => ({
        manifest: app.manifest,
        cFile,
        moduleId: cIdentifier(app.name),
      })),
      outDir,
      ...(extraCFlags.length === 0 ? {} : { extraCFlags: [...extraCFlags] }),
    }),
  );
  const { sizes } = result;
  return {
    elf: result.elf,
    executable: result.elf,
    kernel: { name: "kernel", flash: sizes.kernelFlash, ram: sizes.kernelRam },
    runtime: { name: "runtime", flash: sizes.runtimeFlash, ram: 0 },
    state: { name: "state store", flash: sizes.stateFlash, ram: 0 },
    apps: sizes.perApp.map((app) => ({ name: app.name, flash: app.flashBytes, ram: app.ramBytes })),
  };
}
