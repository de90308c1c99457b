// Picks the event sink for a command: NDJSON on --json, otherwise the human view (coloured on a terminal).
import { colorWanted, makePalette } from "../events/colors.ts";
import type { EventSink } from "../events/host-event.ts";
import { HumanSink } from "../events/human-sink.ts";
import { NdjsonSink } from "../events/ndjson-sink.ts";

/** The sink writing to stdout for `--json` or for people. */
export function makeSink(json: boolean): EventSink {
  if (json) return new NdjsonSink(process.stdout);
  return new HumanSink(process.stdout, makePalette(colorWanted(process.stdout)));
}
