// Runs a device (QEMU or a native process) to its end and prints its events.
//
// The run ends when the device process exits, shortly after the device says `all-done` (the kernel
// normally exits QEMU itself; the grace period covers a kernel that does not), or after the time limit.
// Whatever the ending, the transport is closed, which kills the process behind it.
import { EventPipeline } from "../events/event-pipeline.ts";
import { hostInfo, type EventSink } from "../events/host-event.ts";
import type { SourceResolver } from "../events/source-resolver.ts";
import { DeviceError } from "../errors.ts";
import type { Transport, TransportEnd } from "../transport/transport.ts";

/** How long a device may keep running after `all-done` before we stop it, in ms. */
const ALL_DONE_GRACE_MS = 500;

/** Options of one device run. */
export interface DeviceRunOptions {
  readonly transport: Transport;
  readonly sink: EventSink;
  readonly resolver?: SourceResolver | undefined;
  /** App names by table index, used until the device announces them. */
  readonly appNames?: readonly string[];
  /** Stop after this many seconds of wall time (undefined: run until the device ends). */
  readonly forSeconds?: number | undefined;
}

/** How a device run ended. */
export interface DeviceRunResult {
  readonly ending: "all-done" | "exit" | "time-limit";
  readonly end: TransportEnd;
  readonly droppedFrames: number;
}

/** Runs the device; rejects with a DeviceError when it ends abnormally. */
export async function runDevice(options: DeviceRunOptions): Promise<DeviceRunResult> {
  const { transport } = options;
  let timeLimitHit = false;
  let graceTimer: NodeJS.Timeout | undefined;
  const pipeline = new EventPipeline({
    sink: options.sink,
    resolver: options.resolver,
    ...(options.appNames === undefined ? {} : { appNames: options.appNames }),
    onDeviceEvent: (event) => {
      if (event.type === "all-done" && graceTimer === undefined) {
        graceTimer = setTimeout(() => void transport.close(), ALL_DONE_GRACE_MS);
      }
    },
  });
  let ended!: (end: TransportEnd) => void;
  const endPromise = new Promise<TransportEnd>((resolve) => (ended = resolve));
  let limitTimer: NodeJS.Timeout | undefined;
  try {
    await transport.open({ data: (chunk) => pipeline.push(chunk), end: ended });
    if (options.forSeconds !== undefined) {
      limitTimer = setTimeout(() => {
        timeLimitHit = true;
        void transport.close();
      }, options.forSeconds * 1000);
    }
    const end = await endPromise;
    await pipeline.finish();
    const ending = pipeline.allDone ? "all-done" : timeLimitHit ? "time-limit" : "exit";
    if (ending === "exit") checkExit(transport, end, pipeline);
    return { ending, end, droppedFrames: pipeline.decoder.droppedFrames };
  } finally {
    clearTimeout(limitTimer);
    clearTimeout(graceTimer);
    await transport.close();
    options.resolver?.close();
  }
}

function checkExit(transport: Transport, end: TransportEnd, pipeline: EventPipeline): void {
  if (end.reason !== "exit") return;
  const abnormal = (end.exitCode !== 0 && end.exitCode !== undefined) || (end.signal ?? null) !== null;
  if (!abnormal) {
    pipeline.emit(hostInfo(`${transport.description} ended`));
    return;
  }
  const status = end.signal ?? `status ${end.exitCode}`;
  throw new DeviceError(
    `${transport.description} ended with ${status} before every app had ended`,
    end.detail === undefined ? undefined : `it said:\n${end.detail}`,
  );
}
