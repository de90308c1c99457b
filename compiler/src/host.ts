// host.ts: the compiler's only door to the file system.
//
// Every phase reads files through a CompilerHost, so tests compile apps held in memory and the CLI compiles
// files on disk with the same code. The standard library (compiler/lib/*.d.ts) is read through the host
// too; a memory host falls back to the disk for files it does not hold, so tests need not copy the library.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface CompilerHost {
  /** The file's text, or undefined when it cannot be read. */
  readFile(file: string): string | undefined;
  /** The file names (not paths) in a directory, or an empty list. */
  listDirectory(directory: string): readonly string[];
}

/** compiler/lib: the subset's whole standard library. */
export const libDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "lib");

export const nodeHost: CompilerHost = {
  readFile(file) {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  },
  listDirectory(directory) {
    try {
      return readdirSync(directory).sort();
    } catch {
      return [];
    }
  },
};

/** A host serving `files` (path → text) from memory and everything else from `fallback`. */
export function memoryHost(
  files: Readonly<Record<string, string>>,
  fallback: CompilerHost = nodeHost,
): CompilerHost {
  return {
    readFile: (file) => files[file] ?? fallback.readFile(file),
    listDirectory: (directory) => fallback.listDirectory(directory),
  };
}
