// Transport: a host process whose standard output is the device byte stream (the native board).
//
// The native board is the kernel and its apps as one executable; its stdout carries the same frames a UART
// would. Its stderr (sanitizer reports, crashes of the kernel itself) is kept for the end-of-run message.
import { spawn, type ChildProcess } from "node:child_process";

import { DeviceError } from "../errors.ts";
import { trackChild } from "../run/child-registry.ts";
import type { Transport, TransportHandlers } from "./transport.ts";

/** How much of the process's stderr to keep, in characters. */
const STDERR_KEEP = 8000;

/** A child process as a byte stream. */
export class ChildProcessTransport implements Transport {
  readonly description: string;
  private child: ChildProcess | null = null;
  private stderr = "";
  private ended = false;
  private closing = false;

  constructor(
    private readonly program: string,
    private readonly args: readonly string[] = [],
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.description = `process ${program}`;
  }

  async open(handlers: TransportHandlers): Promise<void> {
    const child = spawn(this.program, [...this.args], { stdio: ["ignore", "pipe", "pipe"], env: this.env });
    this.child = child;
    trackChild(child);
    child.stdout?.on("data", (chunk: Buffer) => handlers.data(chunk));
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => {
      this.stderr = (this.stderr + text).slice(-STDERR_KEEP);
    });
    // `close` (not `exit`) fires after stdout is drained, so the last frames are delivered first.
    child.once("close", (code, signal) => {
      if (this.ended) return;
      this.ended = true;
      const detail = this.stderr.trim();
      handlers.end({
        reason: this.closing ? "closed" : "exit",
        exitCode: code,
        signal,
        ...(detail === "" ? {} : { detail }),
      });
    });
    await new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", (error) =>
        reject(new DeviceError(`cannot start ${this.program}: ${error.message}`)),
      );
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const child = this.child;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("close", () => resolve()));
    child.kill("SIGKILL");
    await gone;
  }
}
