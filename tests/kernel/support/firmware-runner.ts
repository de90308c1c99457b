// Builds the kernel tests' hand-written C apps and runs firmware natively or under QEMU, collecting events.
//
// `runFirmware` starts the native executable or qemu-system-arm, decodes frames from its output as they
// arrive, and stops when a predicate over the events so far says so, when the process ends, or at a
// timeout. The process is always killed before the promise settles.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

import {
  buildFirmware,
  defaultManifest,
  loadBoard,
  type AppManifest,
  type BuildResult,
  type RestartPolicy,
} from "../../../tools/src/build/index.ts";
import { decodeStream, type KernelEvent } from "./frames.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const testAppsDir = path.join(here, "..", "apps");
export const repoRoot = path.resolve(here, "../../..");

/** One test app: the C file tests/kernel/apps/<name>.c, with manifest overrides. */
export interface TestApp {
  name: string;
  restart?: Partial<RestartPolicy>;
  budgetMs?: number;
  stackBytes?: number;
}

/** Builds firmware from test apps into build/test-kernel/<label>. */
export async function buildTestFirmware(
  boardId: string,
  label: string,
  apps: TestApp[],
  sanitize = false,
): Promise<BuildResult> {
  return buildFirmware({
    board: loadBoard(boardId),
    outDir: path.join(repoRoot, "build", "test-kernel", label),
    sanitize,
    extraCFlags: [`-I${testAppsDir}`],
    apps: apps.map((app) => {
      const base = defaultManifest(app.name);
      const manifest: AppManifest = {
        ...base,
        budgetMs: app.budgetMs ?? base.budgetMs,
        stackBytes: app.stackBytes ?? base.stackBytes,
        restart: { ...base.restart, ...app.restart },
      };
      return { manifest, cFile: path.join(testAppsDir, `${app.name}.c`), moduleId: app.name };
    }),
  });
}

export interface RunOutcome {
  events: KernelEvent[];
  /** Exit status, or null when the run was stopped (predicate or timeout). */
  exitCode: number | null;
  timedOut: boolean;
  stderr: string;
}

/** Runs firmware until `until(events)` is true, the process exits, or `timeoutMs` passes. */
export function runFirmware(
  build: BuildResult,
  options: { until?: (events: KernelEvent[]) => boolean; timeoutMs: number; icount?: boolean },
): Promise<RunOutcome> {
  const qemu = build.board.qemu;
  const child = build.board.isHost
    ? spawn(build.elf, [], { stdio: ["ignore", "pipe", "pipe"] })
    : spawn(
        "qemu-system-arm",
        [
          "-M",
          qemu?.machine ?? "mps2-an385",
          ...(qemu?.args ?? []),
          "-serial",
          "stdio",
          ...(options.icount === true ? ["-icount", "shift=0,sleep=off"] : []),
          "-kernel",
          build.elf,
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
  return new Promise((resolve, reject) => {
    const events: KernelEvent[] = [];
    let pending: Uint8Array = new Uint8Array(0);
    let stderr = "";
    let settled = false;
    const finish = (exitCode: number | null, timedOut: boolean, error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
      if (error !== undefined) reject(error);
      else resolve({ events, exitCode, timedOut, stderr });
    };
    const timer = setTimeout(() => finish(null, true), options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      const joined = new Uint8Array(pending.length + chunk.length);
      joined.set(pending);
      joined.set(chunk, pending.length);
      try {
        const decoded = decodeStream(joined);
        pending = decoded.rest;
        events.push(...decoded.events);
      } catch (error) {
        finish(null, false, error as Error);
        return;
      }
      if (options.until?.(events) === true) finish(null, false);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => finish(null, false, error));
    child.on("close", (code) => finish(code, false));
  });
}

/** The events of one app (by table index), or of one kind. */
export const ofApp = (events: KernelEvent[], app: number): KernelEvent[] =>
  events.filter((e) => e.app === app);
export const ofKind = (events: KernelEvent[], kind: string): KernelEvent[] =>
  events.filter((e) => e.kind === kind);
