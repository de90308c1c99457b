// Loads board descriptions (boards/<id>/board.json) and checks them against boards/board.schema.json.
//
// A board is data plus a small HAL; this file turns the data into a typed `Board` with absolute paths,
// so the rest of the build never touches board.json again. A bad board.json is a BoardError naming the
// file and the field.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { BoardError } from "./errors.ts";
import { boardsDir } from "./paths.ts";
import { checkSchema, parseJson } from "./schema-check.ts";

export type BoardArch = "cortex-m3" | "cortex-m4" | "cortex-m0" | "host";

export interface MemoryRegion {
  base: number;
  bytes: number;
}

/** The flash partition of the state store (board.json `statePartition`). */
export interface StatePartition {
  /** CPU address when memory-mapped; undefined on the native board. */
  base: number | undefined;
  bytes: number;
  /** Erase unit (bytes). */
  sectorBytes: number;
}

/** A validated board description; paths are absolute. */
export interface Board {
  id: string;
  title: string;
  arch: BoardArch;
  /** The board folder. */
  dir: string;
  toolchainPrefix: string;
  /** Debian package that provides the toolchain. */
  toolchainPackage: string;
  cflags: string[];
  ldflags: string[];
  linkerScript: string | undefined;
  halSources: string[];
  qemu: { machine: string; args: string[] } | undefined;
  flash: MemoryRegion | undefined;
  ram: MemoryRegion | undefined;
  statePartition: StatePartition | undefined;
  hasMpu: boolean;
  hasWatchdog: boolean;
  clockHz: number;
  /** True when the firmware is a program for this machine (the native board). */
  isHost: boolean;
}

interface BoardJson {
  id: string;
  title: string;
  arch: BoardArch;
  toolchainPrefix: string;
  toolchainPackage?: string;
  cflags: string[];
  ldflags: string[];
  linkerScript?: string;
  halSources: string[];
  qemu?: { machine: string; args: string[] };
  flash?: MemoryRegion;
  ram?: MemoryRegion;
  statePartition?: { base?: number; bytes: number; sectorBytes: number };
  hasMpu: boolean;
  hasWatchdog: boolean;
  clockHz: number;
}

// The schema always comes from the repository, also when boards are loaded from another root.
const schemaPath = path.join(boardsDir, "board.schema.json");
let schema: object | undefined;

function boardSchema(): object {
  schema ??= JSON.parse(readFileSync(schemaPath, "utf8")) as object;
  return schema;
}

/** Reads and validates `boards/<id>/board.json` (`root` replaces boards/, for tests). */
export function loadBoard(id: string, root: string = boardsDir): Board {
  const dir = path.join(root, id);
  const file = path.join(dir, "board.json");
  if (!/^[a-z][a-z0-9-]*$/.test(id) || !existsSync(file)) {
    const known = listBoardIds(root).join(", ");
    throw new BoardError(`there is no board "${id}"`, {
      file,
      hint: `use one of: ${known} (see \`regen boards\`)`,
    });
  }
  const fail = (field: string, message: string): BoardError =>
    new BoardError(`${field === "(top level)" ? "the file" : `"${field}"`} ${message}`, {
      file,
      field,
      hint: `fix ${path.relative(process.cwd(), file)} to match boards/board.schema.json`,
    });
  const json = parseJson(readFileSync(file, "utf8"), fail);
  checkSchema(boardSchema(), json, fail);
  const data = json as BoardJson;
  if (data.id !== id) {
    throw fail("id", `is "${data.id}" but the folder is "${id}"; they must be equal`);
  }
  const partition = data.statePartition;
  if (partition !== undefined && partition.bytes % partition.sectorBytes !== 0) {
    throw fail("statePartition", `bytes (${partition.bytes}) is not a multiple of sectorBytes (${partition.sectorBytes})`);
  }
  for (const source of [...data.halSources, ...(data.linkerScript === undefined ? [] : [data.linkerScript])]) {
    if (!existsSync(path.join(dir, source))) {
      throw fail(source === data.linkerScript ? "linkerScript" : "halSources", `names "${source}", which is not in ${dir}`);
    }
  }
  return {
    id: data.id,
    title: data.title,
    arch: data.arch,
    dir,
    toolchainPrefix: data.toolchainPrefix,
    toolchainPackage: data.toolchainPackage ?? (data.toolchainPrefix === "" ? "gcc" : "gcc-arm-none-eabi"),
    cflags: data.cflags,
    ldflags: data.ldflags,
    linkerScript: data.linkerScript === undefined ? undefined : path.join(dir, data.linkerScript),
    halSources: data.halSources.map((source) => path.join(dir, source)),
    qemu: data.qemu,
    flash: data.flash,
    ram: data.ram,
    statePartition:
      partition === undefined
        ? undefined
        : { base: partition.base, bytes: partition.bytes, sectorBytes: partition.sectorBytes },
    hasMpu: data.hasMpu,
    hasWatchdog: data.hasWatchdog,
    clockHz: data.clockHz,
    isHost: data.arch === "host",
  };
}

function listBoardIds(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, "board.json")))
    .map((entry) => entry.name)
    .sort();
}

/** Every board in boards/ (or `root`), validated, sorted by id. */
export function listBoards(root: string = boardsDir): Board[] {
  return listBoardIds(root).map((id) => loadBoard(id, root));
}
