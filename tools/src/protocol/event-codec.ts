// Frame bodies ⇄ typed device events: `type:u8 t:u32 payload crc:u16`, little-endian.
//
// The decoder checks the CRC, the type and the payload length against the layout in abi.json and says why
// it rejected a body, so the frame decoder can count drops by reason. The encoder is the exact inverse; the
// mock device and the tests use it to produce wire traces.
import { crc16 } from "./crc16.ts";
import {
  layoutsById,
  layoutsByName,
  wireSize,
  type DeviceEvent,
  type EventLayout,
  type FieldLayout,
} from "./event-schema.ts";

/** Why a frame body was dropped. */
export type DropReason = "cobs" | "short" | "crc" | "unknown-type" | "length" | "too-long";

/** The largest body the protocol allows, in bytes (docs/PROTOCOL.md). */
export const MAX_BODY_BYTES = 250;

const HEADER_BYTES = 5; // type:u8 + t:u32
const CRC_BYTES = 2;

/** Decodes one frame body (COBS already removed); returns the event or the reason it was dropped. */
export function decodeBody(body: Uint8Array): DeviceEvent | DropReason {
  if (body.length > MAX_BODY_BYTES) return "too-long";
  if (body.length < HEADER_BYTES + CRC_BYTES) return "short";
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const crcAt = body.length - CRC_BYTES;
  if (crc16(body, 0, crcAt) !== view.getUint16(crcAt, true)) return "crc";
  const layout = layoutsById.get(view.getUint8(0));
  if (layout === undefined) return "unknown-type";
  const fields = decodeFields(layout, body.subarray(HEADER_BYTES, crcAt));
  if (fields === null) return "length";
  // The layout table is built from the same abi.json the DeviceEvent type comes from.
  return { type: layout.name, t: view.getUint32(1, true), fields } as DeviceEvent;
}

function fixedBytes(fields: readonly FieldLayout[]): number {
  return fields.reduce((sum, field) => sum + wireSize(field.type), 0);
}

function decodeFields(layout: EventLayout, payload: Uint8Array): Record<string, number | string> | null {
  const hasString = layout.fields.some((field) => field.type === "str");
  const fixed = fixedBytes(layout.fields);
  if (hasString ? payload.length < fixed : payload.length !== fixed) return null;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const result: Record<string, number | string> = {};
  let at = 0;
  for (const field of layout.fields) {
    switch (field.type) {
      case "u8":
        result[field.name] = view.getUint8(at);
        break;
      case "u16":
        result[field.name] = view.getUint16(at, true);
        break;
      case "u32":
        result[field.name] = view.getUint32(at, true);
        break;
      case "i32":
        result[field.name] = view.getInt32(at, true);
        break;
      case "str":
        result[field.name] = new TextDecoder().decode(payload.subarray(at));
        break;
    }
    at += wireSize(field.type);
  }
  return result;
}

/** Encodes a device event into a frame body (type, t, payload, CRC); throws on an unknown event name. */
export function encodeBody(event: DeviceEvent): Uint8Array {
  const layout = layoutsByName.get(event.type);
  if (layout === undefined) throw new Error(`unknown event ${event.type}`);
  const values = event.fields as Readonly<Record<string, number | string>>;
  const strings = layout.fields
    .filter((field) => field.type === "str")
    .map((field) => new TextEncoder().encode(String(values[field.name] ?? "")));
  const payloadBytes = fixedBytes(layout.fields) + strings.reduce((sum, s) => sum + s.length, 0);
  const body = new Uint8Array(HEADER_BYTES + payloadBytes + CRC_BYTES);
  const view = new DataView(body.buffer);
  view.setUint8(0, layout.id);
  view.setUint32(1, event.t >>> 0, true);
  let at = HEADER_BYTES;
  let stringIndex = 0;
  for (const field of layout.fields) {
    const value = Number(values[field.name] ?? 0);
    switch (field.type) {
      case "u8":
        view.setUint8(at, value);
        break;
      case "u16":
        view.setUint16(at, value, true);
        break;
      case "u32":
        view.setUint32(at, value >>> 0, true);
        break;
      case "i32":
        view.setInt32(at, value, true);
        break;
      case "str": {
        const bytes = strings[stringIndex++] ?? new Uint8Array();
        body.set(bytes, at);
        at += bytes.length;
        break;
      }
    }
    at += wireSize(field.type);
  }
  view.setUint16(at, crc16(body, 0, at), true);
  return body;
}
