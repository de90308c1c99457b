// Runs the board's C toolchain (gcc, objcopy, readelf) and caches compiled objects by content hash.
//
// Tests build firmware many times, so every object file is cached under build/.cache/objects keyed by
// the compiler, the flags, the source text and the text of every header it can include. A missing
// toolchain is a ToolchainError naming the apt-get package.
import { execFile, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

import type { Board } from "./board.ts";
import { CompileError, ToolchainError } from "./errors.ts";
import { objectCacheDir } from "./paths.ts";

const run = promisify(execFile);

/** Warnings every regen C file must pass (house style), plus debug info and -O2. */
export const commonCFlags = [
  "-std=c11",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wpedantic",
  "-Wshadow",
  "-Wmissing-prototypes",
  "-Wstrict-prototypes",
  "-O2",
  "-g",
  "-ffunction-sections",
  "-fdata-sections",
];

/** The toolchain programs of one board. */
export interface Toolchain {
  gcc: string;
  objcopy: string;
  readelf: string;
  /** Identifies the compiler build, part of every cache key. */
  version: string;
}

const checked = new Map<string, Toolchain>();

/** Finds the board's toolchain or throws ToolchainError. */
export function toolchainFor(board: Board): Toolchain {
  const known = checked.get(board.toolchainPrefix);
  if (known !== undefined) return known;
  const gcc = `${board.toolchainPrefix}gcc`;
  const probe = spawnSync(gcc, ["--version"], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new ToolchainError(gcc, board.toolchainPackage);
  }
  const tools: Toolchain = {
    gcc,
    objcopy: `${board.toolchainPrefix === "" ? "" : board.toolchainPrefix}objcopy`,
    readelf: `${board.toolchainPrefix === "" ? "" : board.toolchainPrefix}readelf`,
    version: probe.stdout.split("\n")[0] ?? gcc,
  };
  checked.set(board.toolchainPrefix, tools);
  return tools;
}

/**
 * Hash of every header in the given folders, computed once per build: `trees` recursively (regen's own
 * folders), `flat` only at the top (an app's folder, an extra -I folder).
 */
export function hashHeaders(trees: string[], flat: string[]): string {
  const hash = createHash("sha256");
  const folders = [...trees.map((dir) => ({ dir, recursive: true })), ...flat.map((dir) => ({ dir, recursive: false }))];
  for (const { dir, recursive } of folders) {
    if (!existsSync(dir)) continue;
    hash.update(dir).update("\0");
    const files = readdirSync(dir, { recursive, encoding: "utf8" })
      .filter((file) => file.endsWith(".h") || file.endsWith(".inc"))
      .sort();
    for (const file of files) {
      hash.update(file).update("\0").update(readFileSync(path.join(dir, file))).update("\0");
    }
  }
  return hash.digest("hex");
}

/**
 * Compiles one source file (C or assembly) and returns the cached object's path. `headersHash`
 * must cover every header the source may include.
 */
let temporaryCount = 0;

export async function compileCached(
  tools: Toolchain,
  source: string,
  flags: string[],
  headersHash: string,
): Promise<string> {
  const hash = createHash("sha256")
    .update(tools.version)
    .update("\0")
    .update(flags.join("\0"))
    .update("\0")
    .update(headersHash)
    .update("\0")
    .update(readFileSync(source))
    .digest("hex")
    .slice(0, 32);
  const object = path.join(objectCacheDir, `${path.basename(source).replace(/\W/g, "_")}-${hash}.o`);
  if (existsSync(object)) return object;
  mkdirSync(objectCacheDir, { recursive: true });
  // Unique per call: two builds in one process (the test suites run two at a time) may compile the same
  // source at once, and each must rename its own file.
  const temporary = `${object}.${process.pid}.${++temporaryCount}.tmp`;
  try {
    await run(tools.gcc, [...flags, "-c", source, "-o", temporary], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new CompileError(source, (error as { stderr?: string }).stderr ?? String(error), compileHint(source));
  }
  // Rename is atomic, so a parallel build never sees half an object.
  renameSync(temporary, object);
  return object;
}

function compileHint(source: string): string {
  if (source.includes(`${path.sep}runtime-c${path.sep}`) || source.includes(`${path.sep}boards${path.sep}`)) {
    return "this is regen's own C code: please report it with the output above";
  }
  return "the app's C did not compile: check the compiler output above (the #line directives point at the .ts source)";
}

/** Runs a toolchain program; failures become CompileError about `file`. */
export async function runTool(program: string, args: string[], file: string, hint: string): Promise<string> {
  try {
    const { stdout } = await run(program, args, { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    throw new CompileError(file, (error as { stderr?: string }).stderr ?? String(error), hint);
  }
}

/** One section of an object or ELF file, as readelf -S lists it. */
export interface SectionInfo {
  name: string;
  address: number;
  size: number;
  align: number;
  flags: string;
  type: string;
}

/** The sections of an object or ELF file. */
export async function readSections(tools: Toolchain, file: string): Promise<SectionInfo[]> {
  const out = await runTool(tools.readelf, ["-S", "-W", file], file, "the object file could not be read");
  const sections: SectionInfo[] = [];
  // "  [ 3] .bss   NOBITS   00000000 000040 000008 00  WA  0   0  4"
  const line = /^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+[0-9a-f]+\s+(\S*)\s+\d+\s+\d+\s+(\d+)\s*$/;
  for (const text of out.split("\n")) {
    const match = line.exec(text);
    if (match === null) continue;
    const [, name = "", type = "", address = "0", size = "0", flags = "", align = "1"] = match;
    sections.push({
      name,
      type,
      address: Number.parseInt(address, 16),
      size: Number.parseInt(size, 16),
      flags,
      align: Number.parseInt(align, 10),
    });
  }
  return sections;
}
