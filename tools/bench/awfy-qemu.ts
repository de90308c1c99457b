// Counts the instructions a benchmark's work takes on mps2-an385 under QEMU, with `-icount shift=0`.
//
// Under `-icount shift=0,sleep=off` one guest instruction is one nanosecond of virtual time, and while the
// CPU is busy virtual time moves only with instructions. Every event frame carries the kernel's clock in
// ms, so the time from the app's `app-start` frame to its result `log` frame is its work in millions of
// instructions (every benchmark prints once, after its work). The resolution is 1 ms = 1,000,000
// instructions, so the bench runs enough iterations on this board for the work to take tens of ms.
// (Reading a timer at gdbstub breakpoints is no finer: each stop of the VM moves QEMU's virtual clock
// on to its next deadline, the next 1 ms tick.)
import { spawn } from "node:child_process";

import type { BuildResult } from "../src/build/index.ts";
import { RegenError } from "../src/errors.ts";
import { decodeFrames, type DeviceEvent } from "../src/protocol/index.ts";
import { trackChild } from "../src/run/child-registry.ts";

/** Instructions per ms of virtual time under -icount shift=0. */
const INSTRUCTIONS_PER_MS = 1_000_000;
/** Wall-clock limit of one run (the kernel's 500 ms budget ends a runaway app long before), ms. */
const RUN_TIMEOUT_MS = 60_000;

export interface QemuRun {
  /** Instructions from the app's start to its first printed line (resolution 1,000,000), or undefined. */
  readonly instructions: number | undefined;
  /** Everything the firmware wrote to its UART (protocol frames). */
  readonly uart: Buffer;
}

/** The app-start → first log interval in instructions, from the decoded frames. */
function workInstructions(events: readonly DeviceEvent[]): number | undefined {
  const start = events.find((e) => e.type === "app-start");
  const log = events.find((e) => e.type === "log");
  if (start === undefined || log === undefined) return undefined;
  return (log.t - start.t) * INSTRUCTIONS_PER_MS;
}

/** Runs `build` (an mps2-an385 firmware) to its end under QEMU with -icount. */
export function countOnQemu(build: BuildResult): Promise<QemuRun> {
  return new Promise((resolve, reject) => {
    const qemu = trackChild(
      spawn(
        "qemu-system-arm",
        [
          "-M",
          "mps2-an385",
          ...(build.board.qemu?.args ?? []),
          "-serial",
          "stdio",
          "-icount",
          "shift=0,sleep=off",
          "-kernel",
          build.elf,
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      ),
    );
    const uart: Buffer[] = [];
    let stderr = "";
    qemu.stdout?.on("data", (chunk: Buffer) => uart.push(chunk));
    qemu.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => qemu.kill("SIGKILL"), RUN_TIMEOUT_MS);
    qemu.on("error", (error) => {
      clearTimeout(timer);
      reject(new RegenError(`cannot start qemu-system-arm: ${error.message}`, "install qemu-system-arm"));
    });
    qemu.on("close", () => {
      clearTimeout(timer);
      const bytes = Buffer.concat(uart);
      if (bytes.length === 0 && stderr !== "") {
        reject(new RegenError(`QEMU printed no output for ${build.elf}`, stderr.slice(-400)));
        return;
      }
      resolve({ instructions: workInstructions(decodeFrames(new Uint8Array(bytes))), uart: bytes });
    });
  });
}
