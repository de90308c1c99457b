// Builds firmware from the memory tests' TypeScript apps (tests/memory/ts/<app>) and names fault sources.
//
// Each app goes through the CLI's own path: its folder is located and its app.json validated (the project
// API's loadApp), its main.ts compiled with the app's heapBytes (compileToFile, which also writes the
// `#line` directives fault sources rely on), then the kernel, runtime and apps are linked by the build
// library, on the native board with AddressSanitizer and UBSan. An app may be built from a copy with some
// top-level constants changed (`const NAME = value;`), so a board too slow for the full work runs less of
// it. Faults are placed the way `regen run` places them: the host's SourceResolver, from the pc and lr.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { locateApp } from "../../../tools/src/apps/resolve-app.ts";
import { buildFirmware, loadBoard, type BuildResult } from "../../../tools/src/build/index.ts";
import { SourceResolver } from "../../../tools/src/events/source-resolver.ts";
import { cIdentifier, compileToFile, loadApp } from "../../../tools/src/run/project-api.ts";
import type { KernelEvent } from "../../kernel/support/frames.ts";
import { repoRoot } from "../../kernel/support/firmware-runner.ts";

export const tsAppsDir = path.dirname(fileURLToPath(import.meta.url));

/** One app: the folder tests/memory/ts/<name>, optionally with top-level constants replaced. */
export interface TsApp {
  name: string;
  constants?: Record<string, number>;
}

/** Firmware built from TypeScript apps, and how to name the TypeScript line of a fault. */
export interface TsFirmware {
  build: BuildResult;
  /** Each app's entry file as compiled (the original, or its copy with changed constants). */
  entries: string[];
  /** The fault's `file:line` (file relative to the repository), as `regen run` would show it. */
  faultSource(fault: KernelEvent): Promise<string | null>;
  close(): void;
}

/** Builds the apps for `boardId` into build/test-memory-ts/<label>. */
export async function buildTsFirmware(boardId: string, label: string, apps: TsApp[]): Promise<TsFirmware> {
  const outDir = path.join(repoRoot, "build", "test-memory-ts", label);
  const board = loadBoard(boardId);
  const compiled = [];
  for (const app of apps) {
    const appDir = app.constants === undefined ? path.join(tsAppsDir, app.name) : variant(outDir, app);
    const loaded = await loadApp(locateApp(appDir));
    const cFile = path.join(outDir, "apps", `${loaded.name}.c`);
    await compileToFile(
      loaded.location.entry,
      cFile,
      loaded.name,
      loaded.manifest.stateBytes,
      loaded.manifest.heapBytes,
    );
    compiled.push({ loaded, cFile });
  }
  const build = await buildFirmware({
    board,
    outDir,
    sanitize: board.isHost,
    apps: compiled.map(({ loaded, cFile }) => ({
      manifest: loaded.manifest,
      cFile,
      moduleId: cIdentifier(loaded.name),
    })),
  });
  const aliases = new Map(compiled.map(({ loaded, cFile }) => [cFile, loaded.location.entry]));
  const thumb = !board.isHost;
  const resolver = new SourceResolver(
    build.elf,
    `${board.toolchainPrefix}addr2line`,
    repoRoot,
    thumb,
    aliases,
  );
  return {
    build,
    entries: compiled.map(({ loaded }) => loaded.location.entry),
    async faultSource(fault) {
      const where = await resolver.resolveFault(Number(fault.pc), Number(fault.lr));
      return where === null ? null : `${where.file}:${where.line}`;
    },
    close: () => resolver.close(),
  };
}

/** Copies app `name` under outDir with its constants replaced; each must be declared exactly once. */
function variant(outDir: string, app: TsApp): string {
  const from = path.join(tsAppsDir, app.name);
  const to = path.join(outDir, "variants", app.name);
  mkdirSync(to, { recursive: true });
  copyFileSync(path.join(from, "app.json"), path.join(to, "app.json"));
  let source = readFileSync(path.join(from, "main.ts"), "utf8");
  for (const [name, value] of Object.entries(app.constants ?? {})) {
    const declaration = new RegExp(`^const ${name} = [0-9_]+;$`, "m");
    if (!declaration.test(source))
      throw new Error(`${app.name}/main.ts declares no \`const ${name} = <n>;\``);
    source = source.replace(declaration, `const ${name} = ${value};`);
  }
  writeFileSync(path.join(to, "main.ts"), source);
  return to;
}
