// Consistent Overhead Byte Stuffing: the byte-stuffing that keeps 0x00 out of a frame body.
//
// The device encodes each frame body with COBS and ends it with 0x00, so the host can always find frame
// boundaries. This file holds both directions: the decoder runs on the host for every frame, the encoder
// serves tests and the mock device.

/** COBS-encodes `body`; the result contains no 0x00 (the caller appends the frame delimiter). */
export function cobsEncode(body: Uint8Array): Uint8Array {
  // Worst case: one code byte per 254 data bytes, plus the leading one.
  const out = new Uint8Array(body.length + Math.ceil(body.length / 254) + 1);
  let codeIndex = 0;
  let code = 1;
  let write = 1;
  for (const byte of body) {
    if (byte === 0) {
      out[codeIndex] = code;
      codeIndex = write++;
      code = 1;
      continue;
    }
    out[write++] = byte;
    code++;
    if (code === 0xff) {
      out[codeIndex] = code;
      codeIndex = write++;
      code = 1;
    }
  }
  out[codeIndex] = code;
  return out.subarray(0, write);
}

/** Decodes one COBS block (without its 0x00 delimiter); null when it is not valid COBS. */
export function cobsDecode(encoded: Uint8Array): Uint8Array | null {
  const out = new Uint8Array(encoded.length);
  let read = 0;
  let write = 0;
  while (read < encoded.length) {
    const code = encoded[read++] ?? 0;
    if (code === 0) return null;
    const end = read + code - 1;
    if (end > encoded.length) return null;
    while (read < end) {
      const byte = encoded[read++] ?? 0;
      if (byte === 0) return null;
      out[write++] = byte;
    }
    // A code below 0xFF stands for a zero that the encoder removed, except after the last block.
    if (code !== 0xff && read < encoded.length) out[write++] = 0;
  }
  return out.subarray(0, write);
}
