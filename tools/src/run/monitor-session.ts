// `regen monitor`: decode a serial port forever, reconnecting when the port disappears and comes back.
//
// The first open must succeed (a wrong path is a user error, reported at once). After that, a lost port is
// announced, polled until it reappears, and announced again when it is back; the event pipeline keeps app
// names across reconnects because the device has usually not rebooted.
import type { BindingInterface } from "@serialport/bindings-cpp";

import { EventPipeline } from "../events/event-pipeline.ts";
import { hostInfo, type EventSink } from "../events/host-event.ts";
import type { SourceResolver } from "../events/source-resolver.ts";
import { SerialPortTransport } from "../transport/serial-port.ts";
import type { TransportEnd } from "../transport/transport.ts";

/** Options of a monitor session. */
export interface MonitorOptions {
  readonly path: string;
  readonly baudRate?: number;
  /** The serialport binding (the mock one in tests); defaults to the native binding. */
  readonly binding?: BindingInterface;
  readonly sink: EventSink;
  readonly resolver?: SourceResolver | undefined;
  /** App names by table index (e.g. read from the ELF), shown until the device's app-info frames arrive. */
  readonly appNames?: readonly string[];
  /** Time between attempts to reopen a lost port, in ms. */
  readonly retryMs?: number;
  /** Ends the session (Ctrl-C, or a test that is done). */
  readonly signal?: AbortSignal;
}

/** How often a lost port is retried by default, in ms: fast enough to catch a replugged board at once. */
const DEFAULT_RETRY_MS = 250;

/** Runs until `signal` aborts; rejects only when the port cannot be opened the first time. */
export async function monitorPort(options: MonitorOptions): Promise<void> {
  const pipeline = new EventPipeline({
    sink: options.sink,
    resolver: options.resolver,
    ...(options.appNames === undefined ? {} : { appNames: options.appNames }),
    quietUntilFirstFrame: true,
  });
  const retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  let first = true;
  while (options.signal?.aborted !== true) {
    const transport = new SerialPortTransport({
      path: options.path,
      ...(options.baudRate === undefined ? {} : { baudRate: options.baudRate }),
      ...(options.binding === undefined ? {} : { binding: options.binding }),
    });
    let ended!: (end: TransportEnd) => void;
    const endPromise = new Promise<TransportEnd>((resolve) => (ended = resolve));
    try {
      await transport.open({ data: (chunk) => pipeline.push(chunk), end: ended });
    } catch (error) {
      if (first) throw error;
      await sleep(retryMs, options.signal);
      continue;
    }
    if (!first) pipeline.emit(hostInfo(`${options.path} is back; monitoring again`));
    first = false;
    const onAbort = (): void => void transport.close();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const end = await endPromise;
    options.signal?.removeEventListener("abort", onAbort);
    if (end.reason === "lost") {
      pipeline.reconnected();
      pipeline.emit(hostInfo(`${options.path} disconnected; waiting for it to come back…`));
    }
  }
  await pipeline.finish();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
