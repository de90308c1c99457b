// Host events as NDJSON: one JSON object per line, `kind` first (the `--json` output).
import type { Writable } from "node:stream";

import type { EventSink, HostEvent } from "./host-event.ts";

/** Writes each event as one line of JSON. */
export class NdjsonSink implements EventSink {
  constructor(private readonly out: Writable = process.stdout) {}

  write(event: HostEvent): void {
    this.out.write(`${JSON.stringify(event)}\n`);
  }
}
