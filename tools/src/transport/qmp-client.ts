// A minimal QMP (QEMU Machine Protocol) client over a unix socket: one command at a time.
//
// QMP speaks one JSON object per line: a greeting, then for each command a `return` or an `error`, with
// asynchronous `event` objects in between (skipped here). `qmp_capabilities` is sent on connect.
import { connect, type Socket } from "node:net";

import { DeviceError } from "../errors.ts";

/** How long one command may wait for its answer, in ms. */
const REPLY_TIMEOUT_MS = 10_000;

/** A QMP connection in command mode. */
export class QmpClient {
  private buffered = "";
  private waiting: ((message: Record<string, unknown>) => void) | null = null;
  private closedListener: (() => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding("utf8");
    socket.on("data", (text: string) => this.receive(text));
    socket.on("error", () => undefined);
    socket.on("close", () => this.closedListener?.());
  }

  /** Connects to the QMP server on `socketPath` and enters command mode. */
  static async connect(socketPath: string): Promise<QmpClient> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(socketPath);
      s.once("connect", () => resolve(s));
      s.once("error", reject);
    });
    const client = new QmpClient(socket);
    await client.next(); // the greeting
    await client.execute("qmp_capabilities");
    return client;
  }

  /** Runs `command` and resolves with its `return` value; rejects on an `error` or a closed socket. */
  async execute(command: string, args?: Record<string, unknown>): Promise<unknown> {
    const message = JSON.stringify(
      args === undefined ? { execute: command } : { execute: command, arguments: args },
    );
    const answer = this.next();
    this.socket.write(`${message}\n`);
    const reply = await answer;
    if ("error" in reply) {
      throw new DeviceError(`QEMU refused ${command}: ${JSON.stringify(reply["error"])}`);
    }
    return reply["return"];
  }

  close(): void {
    this.socket.destroy();
  }

  private next(): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const fail = (why: string): void => {
        clearTimeout(timer);
        this.waiting = null;
        this.closedListener = null;
        reject(new DeviceError(`QEMU's QMP ${why}`));
      };
      const timer = setTimeout(
        () => fail(`did not answer within ${REPLY_TIMEOUT_MS / 1000} s`),
        REPLY_TIMEOUT_MS,
      );
      this.closedListener = () => fail("connection closed");
      if (this.socket.destroyed) fail("connection closed");
      this.waiting = (message) => {
        clearTimeout(timer);
        this.closedListener = null;
        resolve(message);
      };
    });
  }

  private receive(text: string): void {
    this.buffered += text;
    let newline: number;
    while ((newline = this.buffered.indexOf("\n")) >= 0) {
      const line = this.buffered.slice(0, newline).trim();
      this.buffered = this.buffered.slice(newline + 1);
      if (line === "") continue;
      const message = JSON.parse(line) as Record<string, unknown>;
      if ("event" in message) continue;
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.(message);
    }
  }
}
