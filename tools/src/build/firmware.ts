// buildFirmware: compiles the kernel, the board HAL, the app runtime and the apps, and links firmware.
//
// Steps: check the inputs; compile every source (objects cached by content hash); generate the app
// table and, on MPU boards, size each app's RAM block from its compiled object and write the linker
// fragment; link with a map; write .bin/.hex for cross boards; report sizes from the map.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { generateAppTable } from "./app-table.ts";
import { appTextScriptName, copyAppObject, nativeAppTextScript } from "./app-text.ts";
import type { Board } from "./board.ts";
import { BuildError } from "./errors.ts";
import type { AppManifest } from "./manifest.ts";
import { heapDir, includeDir, kernelDir, runtimeDir, stateDir } from "./paths.ts";
import { generateRamFragment, planRamBlocks, type AppRamNeed } from "./ram-layout.ts";
import { sizesFromMap, type SizeOwner } from "./size-report.ts";
import {
  commonCFlags,
  compileCached,
  hashHeaders,
  readSections,
  runTool,
  toolchainFor,
  type Toolchain,
} from "./toolchain.ts";

/** One app to link in: its manifest, the C file the compiler produced, and its module id. */
export interface FirmwareApp {
  manifest: AppManifest;
  cFile: string;
  /** The id in `rg_app_code_<moduleId>`; a C identifier. */
  moduleId: string;
}

export interface BuildOptions {
  board: Board;
  apps: FirmwareApp[];
  outDir: string;
  /** Added to every compile (kernel, board, runtime, apps). */
  extraCFlags?: string[];
  /** Native board only: build with AddressSanitizer and UndefinedBehaviorSanitizer. */
  sanitize?: boolean;
}

export interface AppSizes {
  name: string;
  /** Code and constants of the app's own C file (bytes). */
  flashBytes: number;
  stackBytes: number;
  globalsBytes: number;
  /** The app's RAM block (MPU boards: power of two holding stack + globals; native: stack + globals). */
  ramBytes: number;
}

export interface BuildResult {
  board: Board;
  /** The linked firmware (on the native board: an executable for this machine). */
  elf: string;
  bin: string | undefined;
  hex: string | undefined;
  map: string;
  sizes: {
    /** Kernel + board HAL + app table + library code (bytes). */
    kernelFlash: number;
    /** Kernel data, bss and noinit, without the kernel stack (bytes). */
    kernelRam: number;
    /** The app runtime (runtime-c/rt) code and constants (bytes). */
    runtimeFlash: number;
    /** The flash state store (runtime-c/state) code and constants (bytes); not counted in kernelFlash. */
    stateFlash: number;
    perApp: AppSizes[];
  };
}

const moduleIdPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkApps(options: BuildOptions): void {
  const { apps } = options;
  const hint = "pass between 1 and 16 apps, each with a unique name and module id";
  if (apps.length === 0 || apps.length > 16) {
    throw new BuildError(`a firmware holds 1 to 16 apps, not ${apps.length}`, { hint });
  }
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const app of apps) {
    if (!moduleIdPattern.test(app.moduleId)) {
      throw new BuildError(`module id "${app.moduleId}" of app "${app.manifest.name}" is not a C identifier`, {
        hint: "module ids become the symbol rg_app_code_<id>: use letters, digits and _",
      });
    }
    if (names.has(app.manifest.name) || ids.has(app.moduleId)) {
      throw new BuildError(`app "${app.manifest.name}" (module id ${app.moduleId}) appears twice`, { hint });
    }
    if (!existsSync(app.cFile)) {
      throw new BuildError(`the C file of app "${app.manifest.name}" does not exist`, {
        file: app.cFile,
        hint: "compile the app first (regen compile) or pass the right cFile",
      });
    }
    names.add(app.manifest.name);
    ids.add(app.moduleId);
  }
  if (options.sanitize === true && !options.board.isHost) {
    throw new BuildError(`sanitizers need the native board, not "${options.board.id}"`, {
      hint: "drop `sanitize` or build for --board native",
    });
  }
}

function listC(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".c"))
    .sort()
    .map((file) => path.join(dir, file));
}

/** Runs `jobs` at most `limit` at a time (the machine is shared), keeping result order. */
async function limited<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (job !== undefined) results[index] = await job();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** The state partition's geometry for C (rg_hal_flash.h), from board.json `statePartition`. */
function stateCFlags(board: Board): string[] {
  const partition = board.statePartition;
  if (partition === undefined) return [];
  return [
    ...(partition.base === undefined ? [] : [`-DRG_STATE_BASE=${partition.base}u`]),
    `-DRG_STATE_BYTES=${partition.bytes}u`,
    `-DRG_STATE_SECTOR_BYTES=${partition.sectorBytes}u`,
  ];
}

/** The same for the linker script, which checks its own partition region against them. */
function stateLinkFlags(board: Board): string[] {
  const partition = board.statePartition;
  if (partition?.base === undefined || board.isHost) return [];
  return [`-Wl,--defsym=RG_STATE_BASE=${partition.base},--defsym=RG_STATE_BYTES=${partition.bytes}`];
}

/**
 * The apps' RAM (blocks, or stacks plus globals without an MPU) must fit in the board's RAM. An app's heap
 * is part of its globals, so a too large `heapBytes` is the usual cause; caught here with the figures
 * rather than as the linker's "region RAM overflowed".
 */
function checkRamFits(board: Board, apps: FirmwareApp[], ramBytes: number[], globalsBytes: number[]): void {
  if (board.ram === undefined || board.isHost) return;
  const perApp = apps.map((app, index) =>
    board.hasMpu ? (ramBytes[index] ?? 0) : app.manifest.stackBytes + (ramBytes[index] ?? 0),
  );
  const total = perApp.reduce((sum, bytes) => sum + bytes, 0);
  if (total <= board.ram.bytes) return;
  const list = apps
    .map(
      (app, index) =>
        `${app.manifest.name}: ${perApp[index]} bytes (stack ${app.manifest.stackBytes}, globals with any heap ` +
        `${globalsBytes[index] ?? 0})`,
    )
    .join("; ");
  throw new BuildError(`the apps need ${total} bytes of RAM but board "${board.id}" has ${board.ram.bytes} (${list})`, {
    hint: "lower heapBytes or stackBytes in the apps' app.json, or put fewer apps on this board",
  });
}

/** Builds firmware for `options.board` from kernel, HAL, runtime and the given apps. */
export async function buildFirmware(options: BuildOptions): Promise<BuildResult> {
  checkApps(options);
  const { board, apps } = options;
  const tools: Toolchain = toolchainFor(board);
  const outDir = path.resolve(options.outDir);
  mkdirSync(path.join(outDir, "obj"), { recursive: true });

  const sanitizeFlags = options.sanitize === true ? ["-fsanitize=address,undefined", "-fno-omit-frame-pointer"] : [];
  // DWARF 4 on the host: with gcc 12's default DWARF 5, binutils 2.40 addr2line names the generated .c
  // file instead of the .ts file for code under `#line`, so fault sources would not find the app's line.
  const debugFlags = board.arch === "host" ? ["-gdwarf-4"] : [];
  const cflags = [
    ...commonCFlags,
    ...board.cflags,
    ...debugFlags,
    ...sanitizeFlags,
    ...(options.extraCFlags ?? []),
    ...stateCFlags(board),
    `-I${includeDir}`,
    `-I${board.dir}`,
  ];
  const extraIncludes = (options.extraCFlags ?? [])
    .filter((flag) => flag.startsWith("-I"))
    .map((flag) => path.resolve(flag.slice(2)));
  const appDirs = [...new Set(apps.map((app) => path.dirname(path.resolve(app.cFile))))];
  // System and runtime objects do not see the apps' folders, so their cache key leaves those out: a build
  // from another folder (every differential program has its own) reuses them. App objects also depend on
  // headers next to the app's C file. The parent of the board folder covers shared code like boards/cortex-m.
  const systemTrees = [includeDir, kernelDir, path.dirname(board.dir), runtimeDir, heapDir, stateDir];
  const systemHeaders = hashHeaders(systemTrees, extraIncludes);
  const appHeaders = hashHeaders(systemTrees, [...extraIncludes, ...appDirs]);
  const stateSources = listC(stateDir);
  const systemSources = [...listC(kernelDir), ...board.halSources, ...stateSources];
  const runtimeSources = [...listC(runtimeDir), ...listC(heapDir)];

  const compile = (headers: string) => (source: string) => () => compileCached(tools, source, cflags, headers);
  const objects = await limited(
    [
      ...[...systemSources, ...runtimeSources].map(compile(systemHeaders)),
      ...apps.map((app) => app.cFile).map(compile(appHeaders)),
    ],
    2,
  );
  const systemObjects = objects.slice(0, systemSources.length);
  const runtimeObjects = objects.slice(systemSources.length, systemSources.length + runtimeSources.length);
  const appCacheObjects = objects.slice(systemSources.length + runtimeSources.length);

  // App objects get stable names in outDir, so the linker fragment can place their sections; their code
  // sections are renamed .rg_app_text* on the way (app-text.ts), so the link gathers them in one range.
  const appObjects: string[] = [];
  for (const [index, app] of apps.entries()) {
    const target = path.join(outDir, "obj", `app-${index}-${app.moduleId}.o`);
    await copyAppObject(tools, appCacheObjects[index] ?? "", target);
    appObjects.push(target);
  }

  // MPU boards: one power-of-two block per app; other cross boards: packed stacks, then globals.
  const withBlocks = !board.isHost;
  let ramBytes = apps.map(() => 0);
  let globalsBytes = apps.map(() => 0);
  const needs: AppRamNeed[] = [];
  for (const [index, app] of apps.entries()) {
    needs.push({
      name: app.manifest.name,
      stackBytes: app.manifest.stackBytes,
      objectName: path.basename(appObjects[index] ?? ""),
      sections: await readSections(tools, appObjects[index] ?? ""),
    });
  }
  const blocks = planRamBlocks(needs, withBlocks, board.hasMpu);
  globalsBytes = blocks.map((block) => block.globalsBytes);
  if (withBlocks) {
    ramBytes = blocks.map((block) => block.ramBytes);
    checkRamFits(board, apps, ramBytes, globalsBytes);
    writeFileSync(path.join(outDir, "rg_apps.ld"), generateRamFragment(board, needs, blocks));
  }

  // The native board's link gathers the apps' code with a script of its own (cross boards: their link.ld).
  const appText = path.join(outDir, appTextScriptName);
  if (board.linkerScript === undefined) writeFileSync(appText, nativeAppTextScript);

  const tableSource = path.join(outDir, "rg_app_table.c");
  const table = generateAppTable(
    apps.map((app, index) => ({ manifest: app.manifest, moduleId: app.moduleId, ramBytes: ramBytes[index] ?? 0 })),
    withBlocks,
    withBlocks && !board.hasMpu,
  );
  if (!existsSync(tableSource) || readFileSync(tableSource, "utf8") !== table) writeFileSync(tableSource, table);
  const tableObject = await compileCached(tools, tableSource, cflags, systemHeaders);

  const elf = path.join(outDir, "firmware.elf");
  const map = path.join(outDir, "firmware.map");
  const linkArgs = [
    ...board.cflags.filter((flag) => flag.startsWith("-m") || flag.startsWith("-f")),
    ...sanitizeFlags,
    ...board.ldflags,
    ...(board.linkerScript === undefined ? [`-Wl,-T,${appText}`] : [`-L${outDir}`, `-T${board.linkerScript}`]),
    ...stateLinkFlags(board),
    "-Wl,--gc-sections",
    `-Wl,-Map=${map}`,
    "-o",
    elf,
    ...systemObjects,
    tableObject,
    ...runtimeObjects,
    ...appObjects,
    ...(board.isHost ? ["-lm"] : ["-lc", "-lm", "-lgcc"]),
  ];
  await runTool(tools.gcc, linkArgs, elf, "linking failed: the output above names the missing or clashing symbol");

  let bin: string | undefined;
  let hex: string | undefined;
  if (!board.isHost) {
    bin = path.join(outDir, "firmware.bin");
    hex = path.join(outDir, "firmware.hex");
    await runTool(tools.objcopy, ["-O", "binary", elf, bin], elf, "objcopy failed");
    await runTool(tools.objcopy, ["-O", "ihex", elf, hex], elf, "objcopy failed");
  }

  const owners = new Map<string, SizeOwner>();
  for (const object of runtimeObjects) owners.set(object, { kind: "runtime" });
  for (const object of systemObjects.slice(systemObjects.length - stateSources.length)) {
    owners.set(object, { kind: "state" });
  }
  appObjects.forEach((object, index) => owners.set(object, { kind: "app", index }));
  const sizes = sizesFromMap(readFileSync(map, "utf8"), (object) => owners.get(object), apps.length);

  return {
    board,
    elf,
    bin,
    hex,
    map,
    sizes: {
      kernelFlash: sizes.kernel.flash,
      kernelRam: sizes.kernel.ram,
      runtimeFlash: sizes.runtime.flash,
      stateFlash: sizes.state.flash,
      perApp: apps.map((app, index) => ({
        name: app.manifest.name,
        flashBytes: sizes.apps[index]?.flash ?? 0,
        stackBytes: app.manifest.stackBytes,
        globalsBytes: globalsBytes[index] ?? 0,
        ramBytes:
          withBlocks && board.hasMpu
            ? (ramBytes[index] ?? 0)
            : app.manifest.stackBytes + (withBlocks ? (ramBytes[index] ?? 0) : (globalsBytes[index] ?? 0)),
      })),
    },
  };
}
