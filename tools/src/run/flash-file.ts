// `--flash-file`: the host file that keeps a board's state partition across runs (a power cycle).
//
// mps2-an385: QEMU backs the board's 16 MiB PSRAM (0x21000000, where the partition lives) with the file, so
// every store reaches it at once and even SIGKILL keeps what was written; the file must be exactly 16 MiB and
// is created that size (all zero bytes, which the store reads as blank). native: the kernel process opens the
// file named by RG_FLASH_FILE itself (the HAL sizes a new file). microbit: QEMU ignores memory backends there,
// so the file holds just the state partition (board.json `statePartition`), loaded through the gdbstub and
// saved at the end of the run (transport/qemu-flash-image.ts); a new file is that size, 0xFF (erased flash).
// A file that is missing is created; one that cannot be read or written, or has the wrong size, is a clear error.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  statSync,
  ftruncateSync,
  writeSync,
} from "node:fs";
import path from "node:path";

import type { StatePartition } from "../build/board.ts";
import { RegenError } from "../errors.ts";

/** The PSRAM size QEMU's mps2 machines need from a memory-backend file (bytes). */
export const MPS2_PSRAM_BYTES = 16 * 1024 * 1024;

/** The QEMU arguments that back mps2's PSRAM with `file` (machine option plus the memory backend). */
export function qemuFlashArgs(machine: string, file: string): string[] {
  return [
    "-M",
    `${machine},memory-backend=psram`,
    "-object",
    `memory-backend-file,id=psram,size=16M,mem-path=${file},share=on`,
  ];
}

/** How a run gets its persistent flash. */
export interface FlashSetup {
  /** Replaces QEMU's `-M <machine>` (mps2). */
  readonly qemuMachineArgs?: readonly string[];
  /** Extra environment for the native process. */
  readonly env?: Readonly<Record<string, string>>;
  /** The partition image to load and save through QEMU's gdbstub and QMP (microbit). */
  readonly image?: { readonly file: string; readonly base: number; readonly bytes: number };
}

/** Checks (or creates) `file` for `boardId` and says how to hand it to the board. */
export function prepareFlashFile(
  boardId: string,
  machine: string | undefined,
  file: string,
  partition?: StatePartition,
): FlashSetup {
  const full = path.resolve(file);
  if (boardId === "native") {
    if (existsSync(full)) checkAccess(full);
    else createFile(full, 0);
    return { env: { RG_FLASH_FILE: full } };
  }
  if (machine === "mps2-an385" || machine === "mps2-an386") {
    if (existsSync(full)) {
      checkAccess(full);
      const size = statSync(full).size;
      if (size !== MPS2_PSRAM_BYTES) {
        throw new RegenError(
          `flash file ${full} is ${size} bytes; the ${boardId} board needs exactly ${MPS2_PSRAM_BYTES} (16 MiB)`,
          "pass another path (a missing file is created blank), or delete this one if it holds nothing you need",
        );
      }
    } else {
      createFile(full, MPS2_PSRAM_BYTES);
    }
    return { qemuMachineArgs: qemuFlashArgs(machine, full) };
  }
  if (machine === "microbit" && partition?.base !== undefined) {
    if (existsSync(full)) {
      checkAccess(full);
      const size = statSync(full).size;
      if (size !== partition.bytes) {
        throw new RegenError(
          `flash file ${full} is ${size} bytes; the ${boardId} board's state partition is ${partition.bytes}`,
          "pass another path (a missing file is created blank), or delete this one if it holds nothing you need",
        );
      }
    } else {
      createFile(full, partition.bytes, 0xff);
    }
    return { image: { file: full, base: partition.base, bytes: partition.bytes } };
  }
  throw new RegenError(
    `--flash-file is not yet supported on the ${boardId} board`,
    "run without --flash-file (the state then lasts until the board resets), or use --board mps2-an385 or native",
  );
}

function checkAccess(file: string): void {
  if (statSync(file).isDirectory()) {
    throw new RegenError(`flash file ${file} is a folder`, "pass the path of a file");
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new RegenError(
      `flash file ${file} cannot be read and written`,
      "check its permissions, or pass another path (a missing file is created blank)",
    );
  }
}

function createFile(file: string, bytes: number, fill = 0): void {
  try {
    const fd = openSync(file, "wx");
    if (fill === 0) ftruncateSync(fd, bytes);
    else writeSync(fd, Buffer.alloc(bytes, fill));
    closeSync(fd);
  } catch (error) {
    throw new RegenError(
      `cannot create flash file ${file}: ${(error as Error).message}`,
      "check that its folder exists and is writable",
    );
  }
}
