// A minimal client for QEMU's gdbstub (GDB remote serial protocol) over a unix socket.
//
// Only what `--flash-file` on the microbit needs: write memory (`M`), set a breakpoint (`Z0`), detach (`D`),
// and hear when the CPU stops at the breakpoint. Packets are `$payload#checksum`; each received packet is
// acknowledged with `+`, and the acks QEMU sends are skipped.
import { connect, type Socket } from "node:net";

import { DeviceError } from "../errors.ts";

/** Bytes of memory per `M` packet (QEMU's packet buffer holds far more; this keeps packets small). */
const WRITE_CHUNK = 1024;
/** How long one request may wait for its reply, in ms. */
const REPLY_TIMEOUT_MS = 10_000;

/** A gdbstub connection. */
export class GdbRemote {
  private buffered = "";
  private waiting: ((packet: string) => void) | null = null;
  private stopListener: ((packet: string) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding("latin1");
    socket.on("data", (text: string) => this.receive(text));
    socket.on("error", () => undefined);
  }

  /** Connects to the gdbstub listening on `socketPath`. */
  static async connect(socketPath: string): Promise<GdbRemote> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(socketPath);
      s.once("connect", () => resolve(s));
      s.once("error", reject);
    });
    return new GdbRemote(socket);
  }

  /** Called with a stop reply that arrives while no request waits (the CPU hit a breakpoint). */
  onStop(listener: (packet: string) => void): void {
    this.stopListener = listener;
  }

  /** Writes `data` at `address`, in chunks. */
  async writeMemory(address: number, data: Uint8Array): Promise<void> {
    for (let offset = 0; offset < data.length; offset += WRITE_CHUNK) {
      const chunk = Buffer.from(data.subarray(offset, offset + WRITE_CHUNK));
      const at = (address + offset).toString(16);
      await this.expectOk(`M${at},${chunk.length.toString(16)}:${chunk.toString("hex")}`);
    }
  }

  /** Sets a breakpoint on the Thumb instruction at `address`. */
  async setBreakpoint(address: number): Promise<void> {
    await this.expectOk(`Z0,${address.toString(16)},2`);
  }

  /** Removes every breakpoint and lets the CPU run on without the debugger. */
  async detach(): Promise<void> {
    await this.expectOk("D");
  }

  close(): void {
    this.socket.destroy();
  }

  private async expectOk(payload: string): Promise<void> {
    const reply = await this.request(payload);
    if (reply !== "OK") throw new DeviceError(`QEMU's gdbstub refused "${payload.slice(0, 24)}…": ${reply}`);
  }

  private request(payload: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new DeviceError(`QEMU's gdbstub did not answer within ${REPLY_TIMEOUT_MS / 1000} s`));
      }, REPLY_TIMEOUT_MS);
      this.waiting = (packet) => {
        clearTimeout(timer);
        resolve(packet);
      };
      this.socket.write(frame(payload), "latin1");
    });
  }

  private receive(text: string): void {
    this.buffered += text;
    for (;;) {
      const start = this.buffered.indexOf("$");
      if (start < 0) {
        this.buffered = "";
        return;
      }
      const end = this.buffered.indexOf("#", start);
      if (end < 0 || this.buffered.length < end + 3) {
        this.buffered = this.buffered.slice(start);
        return;
      }
      const packet = this.buffered.slice(start + 1, end);
      this.buffered = this.buffered.slice(end + 3);
      this.socket.write("+");
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting !== null) waiting(packet);
      else if (/^[TS]/.test(packet)) this.stopListener?.(packet);
    }
  }
}

/** `$payload#checksum`, the checksum being the sum of the payload's bytes modulo 256 in two hex digits. */
export function frame(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum = (sum + payload.charCodeAt(i)) & 0xff;
  return `$${payload}#${sum.toString(16).padStart(2, "0")}`;
}
