// Bytes from a transport → decoded, translated, source-resolved events → a sink, strictly in order.
//
// Fault sources come from an asynchronous addr2line lookup, so events pass through a promise chain: a fault
// and everything after it wait for its lookup, and output order always equals wire order. The pipeline also
// reports undecodable bytes as `error` events and remembers whether the device said `all-done`.
import { FrameDecoder, type DeviceEvent } from "../protocol/index.ts";
import { EventTranslator } from "./event-translator.ts";
import { hostError, type EventSink, type HostEvent } from "./host-event.ts";
import type { SourceResolver } from "./source-resolver.ts";

/** Options of an event pipeline. */
export interface PipelineOptions {
  readonly sink: EventSink;
  /** Resolves fault pcs to TypeScript lines; without it faults carry no `source`. */
  readonly resolver?: SourceResolver | undefined;
  /** App names by table index, used until the device's app-info frames arrive. */
  readonly appNames?: readonly string[];
  /** Called for each device event after it is written (e.g. to stop on `all-done`). */
  readonly onDeviceEvent?: (event: DeviceEvent) => void;
  /**
   * Do not report undecodable bytes before the first good frame of each connection: a monitor that joins
   * a running device, or comes back after a disconnect, starts in the middle of a frame.
   */
  readonly quietUntilFirstFrame?: boolean;
}

/** Feeds a byte stream through decoding, translation and source lookup into a sink. */
export class EventPipeline {
  readonly decoder = new FrameDecoder();
  private readonly translator: EventTranslator;
  private chain: Promise<void> = Promise.resolve();
  private sawAllDone = false;
  private framesSinceConnect = 0;

  constructor(private readonly options: PipelineOptions) {
    this.translator = new EventTranslator(options.appNames ?? []);
  }

  /** True once the device has sent `all-done`. */
  get allDone(): boolean {
    return this.sawAllDone;
  }

  /** Consumes bytes from the device. */
  push(chunk: Uint8Array): void {
    const droppedBefore = this.decoder.droppedFrames;
    const events = this.decoder.push(chunk);
    const dropped = this.decoder.droppedFrames - droppedBefore;
    const quiet = this.options.quietUntilFirstFrame === true && this.framesSinceConnect === 0;
    this.framesSinceConnect += events.length;
    if (dropped > 0 && !quiet) {
      this.emit(hostError(`dropped ${dropped} undecodable frame(s) from the device`, { dropped }));
    }
    for (const event of events) {
      if (event.type === "all-done") this.sawAllDone = true;
      for (const hostEvent of this.translator.translate(event)) this.emit(hostEvent);
      const notify = this.options.onDeviceEvent;
      if (notify !== undefined) this.chain = this.chain.then(() => notify(event));
    }
  }

  /** Writes a host-side event (an error or a notice) in order with the device's events. */
  emit(event: HostEvent): void {
    const resolver = this.options.resolver;
    const pc = event["pc"];
    const lr = event["lr"];
    if (event.kind === "app-fault" && resolver !== undefined && typeof pc === "string") {
      const lookup = resolver.resolveFault(
        Number.parseInt(pc, 16),
        typeof lr === "string" ? Number.parseInt(lr, 16) : 0,
      );
      this.chain = this.chain.then(async () => {
        const where = await lookup;
        this.options.sink.write(where === null ? event : { ...event, source: `${where.file}:${where.line}` });
      });
      return;
    }
    this.chain = this.chain.then(() => this.options.sink.write(event));
  }

  /** Ends the stream: flushes open log lines, waits for pending lookups. */
  async finish(): Promise<void> {
    this.decoder.end();
    for (const event of this.translator.flushAllLogs()) this.emit(event);
    await this.chain;
  }

  /** Starts afresh on a new connection: a partial frame is forgotten, app names are kept. */
  reconnected(): void {
    this.decoder.discardPartial();
    this.framesSinceConnect = 0;
  }

  /** Waits until everything pushed so far has been written. */
  drain(): Promise<void> {
    return this.chain;
  }
}
