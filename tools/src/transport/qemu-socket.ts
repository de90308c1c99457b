// Transport: a QEMU process whose UART is a unix-socket chardev the host connects to.
//
// QEMU is started with `-chardev socket,…,server=on,wait=on`, so the guest does not run until we are
// connected and no byte of output is lost. The stream ends when QEMU exits (its status is the firmware's
// semihosting exit code) or when we close it; either way QEMU is killed and its socket folder removed.
// With a flash image (the microbit's `--flash-file`), the partition is loaded before the guest starts and
// saved on every way out (qemu-flash-image.ts), Ctrl-C included, before QEMU is killed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { DeviceError } from "../errors.ts";
import { onInterrupt, trackChild } from "../run/child-registry.ts";
import type { QemuFlashImage } from "./qemu-flash-image.ts";
import type { Transport, TransportEnd, TransportHandlers } from "./transport.ts";

/** How to start QEMU. */
export interface QemuOptions {
  /** The qemu-system-* program (absolute path or name on PATH). */
  readonly program: string;
  /** The `-M` machine, e.g. `mps2-an385`. */
  readonly machine: string;
  /** The firmware ELF to boot with `-kernel`. */
  readonly elf: string;
  /** More arguments (e.g. `-icount shift=0`, a flash backing file). */
  readonly extraArgs?: readonly string[];
  /** A flash partition kept in a host file through the gdbstub and QMP (microbit `--flash-file`). */
  readonly flashImage?: QemuFlashImage | undefined;
}

/** How long QEMU may take to create its socket before we give up, in ms (it usually takes ~20 ms). */
const CONNECT_TIMEOUT_MS = 10_000;
/** Delay between connection attempts while QEMU starts, in ms. */
const CONNECT_RETRY_MS = 10;
/** How long saving the flash partition at the end may take before QEMU is killed anyway, in ms. */
const SAVE_TIMEOUT_MS = 15_000;
/** How much of QEMU's stderr to keep for error messages, in characters. */
const STDERR_KEEP = 4000;

/** The full QEMU command line for `options` with the UART on the unix socket `socketPath`. */
export function qemuArgs(options: QemuOptions, socketPath: string): string[] {
  return [
    "-M",
    options.machine,
    "-kernel",
    options.elf,
    "-monitor",
    "none",
    "-display",
    "none",
    "-chardev",
    `socket,id=uart0,path=${socketPath},server=on,wait=on`,
    "-serial",
    "chardev:uart0",
    "-semihosting-config",
    "enable=on,target=native",
    ...(options.extraArgs ?? []),
  ];
}

/** A QEMU run as a byte stream. */
export class QemuSocketTransport implements Transport {
  readonly description: string;
  private child: ChildProcess | null = null;
  private socket: Socket | null = null;
  private folder: string | null = null;
  private stderr = "";
  private ended = false;
  private closing = false;
  private exit: { code: number | null; signal: string | null } | null = null;
  private socketOpen = false;
  private handlers: TransportHandlers | null = null;
  private closed: Promise<void> | null = null;
  private flashStarted = false;
  private dropInterrupt: (() => void) | null = null;

  constructor(private readonly options: QemuOptions) {
    this.description = `QEMU ${options.machine}`;
  }

  async open(handlers: TransportHandlers): Promise<void> {
    this.handlers = handlers;
    this.folder = mkdtempSync(path.join(tmpdir(), "regen-qemu-"));
    const socketPath = path.join(this.folder, "uart.sock");
    const flashArgs = this.options.flashImage?.qemuArgs(this.folder) ?? [];
    const child = spawn(this.options.program, [...qemuArgs(this.options, socketPath), ...flashArgs], {
      stdio: ["ignore", "ignore", "pipe"],
      // Its own process group, so a terminal's Ctrl-C reaches only us and we can save before stopping it.
      detached: this.options.flashImage !== undefined,
    });
    this.child = child;
    trackChild(child);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => {
      this.stderr = (this.stderr + text).slice(-STDERR_KEEP);
    });
    const spawned = new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", (error) =>
        reject(new DeviceError(`cannot start ${this.options.program}: ${error.message}`)),
      );
    });
    child.once("exit", (code, signal) => {
      this.exit = { code, signal };
      this.maybeEnd();
    });
    await spawned;
    this.socket = await this.connect((p) => connectUnix(p), socketPath);
    this.socketOpen = true;
    this.socket.on("data", (chunk: Buffer) => this.handlers?.data(chunk));
    this.socket.on("error", () => undefined);
    this.socket.on("close", () => {
      this.socketOpen = false;
      this.maybeEnd();
    });
    const flashImage = this.options.flashImage;
    if (flashImage !== undefined) {
      // Ctrl-C must save the partition too: the signal handler waits for this close before it kills QEMU.
      this.dropInterrupt = onInterrupt(() => this.close());
      await flashImage.start((open, p) => this.connect(open, p));
      this.flashStarted = true;
    }
  }

  close(): Promise<void> {
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown(): Promise<void> {
    this.closing = true;
    this.dropInterrupt?.();
    let failure: unknown = null;
    const running = (): boolean =>
      this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
    if (this.options.flashImage !== undefined) {
      if (this.flashStarted && running()) {
        try {
          await withTimeout(this.options.flashImage.finish(), SAVE_TIMEOUT_MS);
        } catch (error) {
          failure = error;
        }
      }
      this.options.flashImage.close();
    }
    this.socket?.destroy();
    const child = this.child;
    if (child !== null && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGKILL");
      await gone;
    }
    this.removeFolder();
    this.finish({ reason: "closed" });
    if (failure !== null) throw failure;
  }

  private async connect<T>(open: (socketPath: string) => Promise<T>, socketPath: string): Promise<T> {
    const deadline = Date.now() + CONNECT_TIMEOUT_MS;
    for (;;) {
      if (this.exit !== null) {
        throw new DeviceError(
          `QEMU exited before the firmware started (status ${this.exit.code ?? this.exit.signal})`,
          this.stderr.trim() === "" ? undefined : `QEMU said:\n${this.stderr.trim()}`,
        );
      }
      try {
        return await open(socketPath);
      } catch {
        if (Date.now() > deadline) {
          throw new DeviceError(
            `QEMU did not open ${path.basename(socketPath)} within ${CONNECT_TIMEOUT_MS / 1000} s`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS));
      }
    }
  }

  private maybeEnd(): void {
    // QEMU's exit and the socket's close arrive in either order; wait for both so no byte is lost.
    if (this.exit === null || this.socketOpen) return;
    this.removeFolder();
    const detail = this.stderr.trim();
    this.finish({
      reason: this.closing ? "closed" : "exit",
      exitCode: this.exit.code,
      signal: this.exit.signal,
      ...(detail === "" ? {} : { detail }),
    });
  }

  private finish(end: TransportEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.handlers?.end(end);
  }

  private removeFolder(): void {
    if (this.folder === null) return;
    rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
  }
}

function connectUnix(socketPath: string): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const socket = connect(socketPath);
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new DeviceError(
            `saving the flash partition took over ${ms / 1000} s; the flash file was not updated`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
