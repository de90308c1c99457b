// CRC-16/CCITT-FALSE, the checksum that closes every device frame.
//
// Polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor (docs/PROTOCOL.md). A 256-entry table
// keeps decoding cheap even for a chatty device; the table is built once at module load.

const table = buildTable();

function buildTable(): Uint16Array {
  const result = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    result[byte] = crc;
  }
  return result;
}

/** CRC-16/CCITT-FALSE of `data[start, end)`. The check value of "123456789" is 0x29B1. */
export function crc16(data: Uint8Array, start = 0, end = data.length): number {
  let crc = 0xffff;
  for (let i = start; i < end; i++) {
    crc = ((crc << 8) & 0xffff) ^ (table[((crc >> 8) ^ (data[i] ?? 0)) & 0xff] ?? 0);
  }
  return crc;
}
