// Builds firmware from the memory tests' hand-written C apps (tests/memory/apps) for one board.
//
// The apps stand in for compiled TypeScript until the compiler emits heap code: each follows rg_app.h,
// keeps its rg_ctx_t and heap in its globals struct and calls the runtime (rg_alloc.h, rg_throw.h,
// rg_promise.h) as generated code will. Running and decoding reuse the kernel tests' runner.
import path from "node:path";
import { fileURLToPath } from "node:url";

import {
  buildFirmware,
  defaultManifest,
  loadBoard,
  type BuildResult,
  type RestartPolicy,
} from "../../../tools/src/build/index.ts";
import { repoRoot } from "../../kernel/support/firmware-runner.ts";

export const memoryAppsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "apps");

/** One app: tests/memory/apps/<name>.c with manifest overrides. */
export interface MemoryApp {
  name: string;
  budgetMs?: number;
  restart?: Partial<RestartPolicy>;
}

/** Builds the apps for `boardId` into build/test-memory/<label> (native: with ASan and UBSan). */
export function buildMemoryFirmware(boardId: string, label: string, apps: MemoryApp[]): Promise<BuildResult> {
  const board = loadBoard(boardId);
  return buildFirmware({
    board,
    outDir: path.join(repoRoot, "build", "test-memory", label),
    sanitize: board.isHost,
    extraCFlags: [`-I${memoryAppsDir}`],
    apps: apps.map((app) => {
      const base = defaultManifest(app.name);
      return {
        manifest: {
          ...base,
          budgetMs: app.budgetMs ?? base.budgetMs,
          restart: { ...base.restart, ...app.restart },
        },
        cFile: path.join(memoryAppsDir, `${app.name}.c`),
        moduleId: app.name,
      };
    }),
  });
}
