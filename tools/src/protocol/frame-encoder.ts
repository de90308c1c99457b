// Device events → wire bytes, as the kernel would send them (for tests, traces and the mock device).
import { cobsEncode } from "./cobs.ts";
import { encodeBody } from "./event-codec.ts";
import type { DeviceEvent } from "./event-schema.ts";

/** One event as a complete frame: COBS-encoded body followed by the 0x00 delimiter. */
export function encodeFrame(event: DeviceEvent): Uint8Array {
  const encoded = cobsEncode(encodeBody(event));
  const frame = new Uint8Array(encoded.length + 1);
  frame.set(encoded);
  return frame;
}

/** Several events as one byte stream, optionally led by the kernel's boot-time 0x00 flush. */
export function encodeFrames(events: readonly DeviceEvent[], leadingFlush = false): Uint8Array {
  const frames = events.map(encodeFrame);
  const total = frames.reduce((sum, frame) => sum + frame.length, leadingFlush ? 1 : 0);
  const out = new Uint8Array(total);
  let at = leadingFlush ? 1 : 0;
  for (const frame of frames) {
    out.set(frame, at);
    at += frame.length;
  }
  return out;
}
