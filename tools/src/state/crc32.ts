// CRC-32 (IEEE/zlib: reflected polynomial 0xEDB88320, init and final xor 0xFFFFFFFF), as the state store uses.
//
// docs/STATE-FORMAT.md: every stored CRC word is this CRC, except that a CRC of 0xFFFFFFFF is stored as 0 so an
// erased word never passes; `storedCrc32` applies that rule.

const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of `parts` concatenated. */
export function crc32(...parts: Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const part of parts) {
    for (const byte of part) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The CRC word as the store writes it: 0xFFFFFFFF becomes 0. */
export function storedCrc32(...parts: Uint8Array[]): number {
  const crc = crc32(...parts);
  return crc === 0xffffffff ? 0 : crc;
}
