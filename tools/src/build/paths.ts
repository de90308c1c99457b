// Where the build library finds the repository's C sources, boards and its object cache.
//
// Everything is resolved from this file's location, so the library works from any current directory
// (the CLI may be started anywhere).
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Folder of all boards (`boards/<id>/board.json`). */
export const boardsDir = path.join(repoRoot, "boards");

/** The kernel's public headers. */
export const includeDir = path.join(repoRoot, "runtime-c/include");

/** The portable kernel sources. */
export const kernelDir = path.join(repoRoot, "runtime-c/kernel");

/** The flash state store (compiled into every firmware; sized as its own line). */
export const stateDir = path.join(repoRoot, "runtime-c/state");

/** The runtime compiled apps call (every .c file here is compiled in). */
export const runtimeDir = path.join(repoRoot, "runtime-c/rt");

/** The app heap's garbage collector (compiled in with the runtime; --gc-sections drops it when unused). */
export const heapDir = path.join(repoRoot, "runtime-c/heap");

/** Object files cached by content hash of source, headers and flags. */
export const objectCacheDir = path.join(repoRoot, "build/.cache/objects");
