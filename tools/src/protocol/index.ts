// The device → host protocol (docs/PROTOCOL.md): framing, CRC, typed events, and the inverse encoder.
//
// Other parts of the project (the compiler's differential tests, the bench) import from here only.
export { crc16 } from "./crc16.ts";
export { cobsDecode, cobsEncode } from "./cobs.ts";
export { decodeBody, encodeBody, MAX_BODY_BYTES, type DropReason } from "./event-codec.ts";
export { decodeFrames, FrameDecoder, type DecodeStats } from "./frame-decoder.ts";
export { encodeFrame, encodeFrames } from "./frame-encoder.ts";
export {
  nameOf,
  type DeviceEvent,
  type DeviceEventOf,
  type EventFields,
  type EventName,
} from "./event-schema.ts";
