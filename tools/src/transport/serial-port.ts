// Transport: a serial port (a board's USB UART, QEMU's pty) through @serialport/stream.
//
// The binding is a parameter: the real one (@serialport/bindings-cpp, loaded only when needed because it
// is a native addon) for devices, @serialport/binding-mock in tests. A port that vanishes (cable pulled,
// QEMU gone) ends the stream with reason `lost`, which the monitor turns into a reconnect loop.
import type { BindingInterface } from "@serialport/bindings-cpp";
import { SerialPortStream } from "@serialport/stream";

import { DeviceError, RegenError } from "../errors.ts";
import type { Transport, TransportHandlers } from "./transport.ts";

/** How to open a serial port. */
export interface SerialOptions {
  readonly path: string;
  /** Bits per second; the regen boards use 115200. */
  readonly baudRate?: number;
  /** The serialport binding; defaults to the platform's native binding. */
  readonly binding?: BindingInterface;
}

/** The default baud rate of regen boards, in bits per second. */
export const DEFAULT_BAUD = 115_200;

/** The platform's native serialport binding (a native addon, so loaded on first use). */
export async function nativeBinding(): Promise<BindingInterface> {
  const { autoDetect } = await import("@serialport/bindings-cpp");
  return autoDetect();
}

/** A serial port as a byte stream. */
export class SerialPortTransport implements Transport {
  readonly description: string;
  private stream: SerialPortStream | null = null;
  private ended = false;

  constructor(private readonly options: SerialOptions) {
    this.description = options.path;
  }

  async open(handlers: TransportHandlers): Promise<void> {
    const binding = this.options.binding ?? (await nativeBinding());
    const stream = new SerialPortStream({
      binding,
      path: this.options.path,
      baudRate: this.options.baudRate ?? DEFAULT_BAUD,
      autoOpen: false,
    });
    await new Promise<void>((resolve, reject) => {
      stream.open((error) => (error === null ? resolve() : reject(this.openError(error))));
    });
    this.stream = stream;
    stream.on("data", (chunk: Buffer) => handlers.data(chunk));
    // Errors also surface as `close` with a DisconnectedError; nothing more to do with them here.
    stream.on("error", () => undefined);
    stream.on("close", (error: (Error & { disconnected?: boolean }) | null) => {
      if (this.ended) return;
      this.ended = true;
      handlers.end(
        error?.disconnected === true ? { reason: "lost", detail: error.message } : { reason: "closed" },
      );
    });
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (stream === null || !stream.isOpen) return;
    await new Promise<void>((resolve) => stream.close(() => resolve()));
  }

  private openError(error: Error): RegenError {
    const message = error.message;
    if (/ENOENT|No such file|does not exist/i.test(message)) {
      return new DeviceError(
        `serial port not found: ${this.options.path}`,
        "check the cable, then list ports with `regen ports`",
      );
    }
    if (/EACCES|permission/i.test(message)) {
      return new DeviceError(
        `no permission to open ${this.options.path}`,
        "add yourself to the port's group (usually `dialout`): sudo usermod -aG dialout $USER, then log in again",
      );
    }
    return new DeviceError(`cannot open ${this.options.path}: ${message}`);
  }
}
