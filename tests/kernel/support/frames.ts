// A small, strict decoder of the device's frames for the kernel tests (COBS, CRC-16, abi.json fields).
//
// Deliberately independent of the CLI's decoder in tools/src/protocol: the kernel tests check the wire
// format against docs/PROTOCOL.md on their own. Unlike a host tool, it fails loudly on any bad frame.
import { ABI } from "../../../tools/src/abi/abi.generated.ts";

/** One decoded event: `kind` is the abi.json event name, then the event's fields. */
export interface KernelEvent {
  kind: string;
  t: number;
  [field: string]: string | number;
}

const eventsById = new Map<number, { name: string; fields: string[] }>(
  Object.entries(ABI.events).map(([name, spec]) => [spec.id, { name, fields: [...spec.fields] }]),
);
const faultNames = new Map<number, string>(Object.entries(ABI.faultClasses).map(([name, id]) => [id, name]));

/** CRC-16/CCITT-FALSE, bit by bit (a different method from the kernel's nibble table). */
export function crc16(data: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function cobsDecode(frame: Uint8Array): Uint8Array {
  const out: number[] = [];
  let at = 0;
  while (at < frame.length) {
    const code = frame[at++] ?? 0;
    if (code === 0) throw new Error("COBS: zero code byte");
    for (let i = 1; i < code; i++) {
      if (at >= frame.length) throw new Error("COBS: run past the end of the frame");
      out.push(frame[at++] ?? 0);
    }
    if (code < 0xff && at < frame.length) out.push(0);
  }
  return Uint8Array.from(out);
}

/** Decodes one frame (without its 0x00 delimiter); throws on any error. */
export function decodeFrame(frame: Uint8Array): KernelEvent {
  const body = cobsDecode(frame);
  if (body.length < 7 || body.length > 250) throw new Error(`frame body of ${body.length} bytes`);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const crc = view.getUint16(body.length - 2, true);
  if (crc16(body.subarray(0, body.length - 2)) !== crc) throw new Error("frame CRC mismatch");
  const spec = eventsById.get(body[0] ?? 0);
  if (spec === undefined) throw new Error(`unknown event type ${body[0]}`);
  const event: KernelEvent = { kind: spec.name, t: view.getUint32(1, true) };
  let at = 5;
  const end = body.length - 2;
  for (const field of spec.fields) {
    const [name = "", type = ""] = field.split(":");
    switch (type) {
      case "u8":
        event[name] = view.getUint8(at);
        at += 1;
        break;
      case "u16":
        event[name] = view.getUint16(at, true);
        at += 2;
        break;
      case "u32":
        event[name] = view.getUint32(at, true);
        at += 4;
        break;
      case "i32":
        event[name] = view.getInt32(at, true);
        at += 4;
        break;
      default:
        event[name] = new TextDecoder().decode(body.subarray(at, end));
        at = end;
    }
  }
  if (at !== end) throw new Error(`${spec.name}: ${end - at} bytes left over`);
  if (event.kind === "app-fault") event.className = faultNames.get(Number(event.class)) ?? "?";
  return event;
}

/** Splits a byte stream at 0x00 and decodes every complete frame; returns the unfinished tail. */
export function decodeStream(bytes: Uint8Array): { events: KernelEvent[]; rest: Uint8Array } {
  const events: KernelEvent[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i > start) events.push(decodeFrame(bytes.subarray(start, i)));
    start = i + 1;
  }
  return { events, rest: bytes.slice(start) };
}
