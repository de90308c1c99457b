// Builds the state tests' C apps into firmware and runs it with a persistent flash, collecting events.
//
// The native board gets its flash file through RG_FLASH_FILE; mps2-an385 gets QEMU's PSRAM backed by the file
// (the same arguments `regen run --flash-file` uses); microbit keeps its partition in the chip's own flash, which
// lasts across resets within one QEMU run. A run stops when a predicate over the events says so,
// after `killAfterMs` (a power cut: SIGKILL), when the process ends, or at a timeout; the process is always
// killed before the promise settles.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

import {
  buildFirmware,
  defaultManifest,
  loadBoard,
  type BuildResult,
} from "../../../tools/src/build/index.ts";
import { FrameDecoder, type DeviceEvent } from "../../../tools/src/protocol/index.ts";
import { qemuFlashArgs } from "../../../tools/src/run/flash-file.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const appsDir = path.join(here, "..", "apps");
export const repoRoot = path.resolve(here, "../../..");

/** One test app: tests/state-e2e/apps/<name>.c with its state quota. */
export interface StateTestApp {
  name: string;
  stateBytes: number;
  maxRestarts?: number;
  /** What the kernel does at the restart limit (default: stop). */
  onLimit?: "stop" | "reboot";
}

/** Builds firmware for `boardId` into build/test-state-e2e/<label>. */
export function buildStateFirmware(
  boardId: string,
  label: string,
  apps: StateTestApp[],
  extraCFlags: string[] = [],
): Promise<BuildResult> {
  return buildFirmware({
    board: loadBoard(boardId),
    outDir: path.join(repoRoot, "build", "test-state-e2e", label),
    extraCFlags: [`-I${appsDir}`, ...extraCFlags],
    apps: apps.map((app) => {
      const base = defaultManifest(app.name);
      return {
        manifest: {
          ...base,
          stateBytes: app.stateBytes,
          restart: {
            ...base.restart,
            maxRestarts: app.maxRestarts ?? base.restart.maxRestarts,
            onLimit: app.onLimit ?? base.restart.onLimit,
            backoffMs: 0,
          },
        },
        cFile: path.join(appsDir, `${app.name}.c`),
        moduleId: app.name,
      };
    }),
  });
}

export interface RunOutcome {
  events: DeviceEvent[];
  exitCode: number | null;
  /** How the run was stopped by us: predicate met, power cut, or timeout (null: the process ended itself). */
  stopped: "until" | "cut" | "timeout" | null;
}

export interface RunOptions {
  /** The persistent flash; without it (microbit) the partition is the chip's own flash, kept for one run. */
  flashFile?: string;
  timeoutMs: number;
  until?: (events: DeviceEvent[]) => boolean;
  /** SIGKILL the process this long after its first event (a power cut at an arbitrary instant). */
  killAfterMs?: number;
  icount?: boolean;
}

/** Runs `build` once against `flashFile` (which must exist: 16 MiB for mps2), or without one (microbit). */
export function runWithFlash(build: BuildResult, options: RunOptions): Promise<RunOutcome> {
  const qemu = build.board.qemu;
  const child = build.board.isHost
    ? spawn(build.elf, [], {
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          ...(options.flashFile === undefined ? {} : { RG_FLASH_FILE: options.flashFile }),
        },
      })
    : spawn(
        "qemu-system-arm",
        [
          ...(options.flashFile === undefined
            ? ["-M", qemu?.machine ?? "mps2-an385"]
            : qemuFlashArgs(qemu?.machine ?? "mps2-an385", options.flashFile)),
          ...(qemu?.args ?? []),
          "-serial",
          "stdio",
          ...(options.icount === true ? ["-icount", "shift=0,sleep=off"] : []),
          "-kernel",
          build.elf,
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
  const decoder = new FrameDecoder();
  return new Promise((resolve, reject) => {
    const events: DeviceEvent[] = [];
    let settled = false;
    let cutTimer: NodeJS.Timeout | undefined;
    let stderr = "";
    const finish = (exitCode: number | null, stopped: RunOutcome["stopped"], error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(cutTimer);
      const done = (): void => (error === undefined ? resolve({ events, exitCode, stopped }) : reject(error));
      if (child.exitCode === null && child.signalCode === null) {
        child.once("close", done);
        child.kill("SIGKILL");
      } else done();
    };
    const timer = setTimeout(() => finish(null, "timeout"), options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      if (settled) return;
      if (events.length === 0 && options.killAfterMs !== undefined && cutTimer === undefined) {
        cutTimer = setTimeout(() => finish(null, "cut"), options.killAfterMs);
      }
      events.push(...decoder.push(chunk));
      if (options.until?.(events) === true) finish(null, "until");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => finish(null, null, error));
    child.on("close", (code) => {
      if (!settled && code !== 0 && code !== null && stderr !== "") {
        finish(code, null, new Error(`firmware ended with ${code}: ${stderr.slice(-2000)}`));
      } else finish(code, null);
    });
  });
}

/** The text of every log line of app index `app`. */
export function logsOf(events: DeviceEvent[], app: number): string[] {
  return events.flatMap((e) => (e.type === "log" && e.fields.app === app ? [e.fields.text] : []));
}

/** The number after `prefix` in the first log line that starts with it, or undefined. */
export function loggedNumber(events: DeviceEvent[], app: number, prefix: string): number | undefined {
  const line = logsOf(events, app).find((text) => text.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(prefix.length));
}
