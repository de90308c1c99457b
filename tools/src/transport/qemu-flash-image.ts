// Keeps a QEMU board's flash partition in a host file when QEMU cannot back it with one (the microbit).
//
// QEMU starts halted (`-S`) with a gdbstub and a QMP socket. Before the guest runs, the saved partition is
// written into flash through the gdbstub, then QMP `cont` starts it. At the end the partition is read back
// with QMP `stop` + `memsave` (`pmemsave` reads zeros on the microbit) and copied into the file, and QEMU is
// told to `quit`. The firmware ends a finished run with a semihosting exit, after which QEMU is gone: so a
// breakpoint on that exit function halts the CPU first, the partition is saved, and detaching the debugger
// lets the exit (and its status) happen as usual. A run that ends any other way (time limit, Ctrl-C, the
// host closing the transport) saves in `finish()`. Only an exit QEMU makes by itself elsewhere (a crash of
// QEMU, SIGKILL) loses what that run wrote; the file then keeps the previous run's partition.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { DeviceError } from "../errors.ts";
import { GdbRemote } from "./gdb-remote.ts";
import { QmpClient } from "./qmp-client.ts";

/** What to keep and where. */
export interface FlashImageOptions {
  /** The host file, exactly `bytes` long. */
  readonly file: string;
  /** The partition's CPU address. */
  readonly base: number;
  readonly bytes: number;
  /** Address of the firmware's exit function (semihosting exit), to save before QEMU exits. */
  readonly exitAddress?: number | undefined;
}

/** One QEMU run's flash partition, loaded at start and saved at the end. */
export class QemuFlashImage {
  private gdb: GdbRemote | null = null;
  private qmp: QmpClient | null = null;
  private saving: Promise<void> | null = null;
  private folder = "";

  constructor(private readonly options: FlashImageOptions) {}

  /** QEMU arguments: start halted, with the gdbstub and QMP on unix sockets in `folder`. */
  qemuArgs(folder: string): string[] {
    this.folder = folder;
    return [
      "-S",
      "-gdb",
      `unix:${path.join(folder, "gdb.sock")},server=on,wait=off`,
      "-qmp",
      `unix:${path.join(folder, "qmp.sock")},server=on,wait=off`,
    ];
  }

  /** Writes the saved partition into flash and starts the guest; `connect` retries until QEMU listens. */
  async start(
    connect: <T>(open: (socketPath: string) => Promise<T>, socketPath: string) => Promise<T>,
  ): Promise<void> {
    const gdb = await connect((p) => GdbRemote.connect(p), path.join(this.folder, "gdb.sock"));
    this.gdb = gdb;
    this.qmp = await connect((p) => QmpClient.connect(p), path.join(this.folder, "qmp.sock"));
    await gdb.writeMemory(this.options.base, readFileSync(this.options.file));
    const { exitAddress } = this.options;
    if (exitAddress !== undefined) {
      await gdb.setBreakpoint(exitAddress);
      gdb.onStop((packet) => {
        if (!packet.startsWith("T05") && !packet.startsWith("S05")) return;
        // The run is over: keep the partition, then let the firmware's exit go ahead.
        void this.save()
          .then(() => gdb.detach())
          .catch(() => undefined);
      });
    }
    await this.qmp.execute("cont");
  }

  /** Saves the partition (once) and quits QEMU; rejects when the partition could not be saved. */
  async finish(): Promise<void> {
    try {
      await this.save();
    } finally {
      await this.qmp?.execute("quit").catch(() => undefined);
      this.close();
    }
  }

  /** True once the partition has been saved. */
  get saveStarted(): boolean {
    return this.saving !== null;
  }

  close(): void {
    this.gdb?.close();
    this.qmp?.close();
  }

  private save(): Promise<void> {
    this.saving ??= this.readBack();
    return this.saving;
  }

  private async readBack(): Promise<void> {
    const qmp = this.qmp;
    if (qmp === null)
      throw new DeviceError("QEMU's QMP socket is not connected; the flash file was not updated");
    const image = path.join(this.folder, "partition.bin");
    await qmp.execute("stop");
    await qmp.execute("memsave", {
      val: this.options.base,
      size: this.options.bytes,
      filename: image,
      "cpu-index": 0,
    });
    const bytes = readFileSync(image);
    if (bytes.length !== this.options.bytes) {
      throw new DeviceError(`QEMU saved ${bytes.length} bytes of flash, not ${this.options.bytes}`);
    }
    writeFileSync(this.options.file, bytes);
  }
}
