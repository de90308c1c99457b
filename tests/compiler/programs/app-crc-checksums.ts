// @qemu
// Checksums a firmware updater computes: CRC-8 (poly 0x07), CRC-16/CCITT-FALSE, CRC-32 (table driven,
// reflected), Adler-32 and Fletcher-16, over strings and byte arrays, with int32/uint32 wrap-around.
function bytesOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff);
  return out;
}

function crc8(data: number[]): number {
  let crc = 0;
  for (const b of data) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc & 0x80) !== 0 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function crc16(data: number[]): number {
  let crc = 0xffff;
  for (const b of data) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++)
      crc = (crc & 0x8000) !== 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const crcTable: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  crcTable.push(c >>> 0);
}

function crc32(data: number[]): number {
  let crc = -1;
  for (const b of data) crc = (crc >>> 8) ^ (crcTable[(crc ^ b) & 0xff] ?? 0);
  return (crc ^ -1) >>> 0;
}

function adler32(data: number[]): number {
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function fletcher16(data: number[]): number {
  let s1 = 0;
  let s2 = 0;
  for (const x of data) {
    s1 = (s1 + x) % 255;
    s2 = (s2 + s1) % 255;
  }
  return (s2 << 8) | s1;
}

function hex(n: number, width: number): string {
  return "0x" + n.toString(16).toUpperCase().padStart(width, "0");
}

const inputs = [
  "",
  "123456789",
  "a",
  "The quick brown fox jumps over the lazy dog",
  "Wikipedia",
  "\u00ff\u0000\u0080",
];
for (const s of inputs) {
  const d = bytesOf(s);
  console.log(
    JSON.stringify(s).padEnd(46),
    hex(crc8(d), 2),
    hex(crc16(d), 4),
    hex(crc32(d), 8),
    hex(adler32(d), 8),
    hex(fletcher16(d), 4),
  );
}
console.log(crcTable[1], crcTable[255], crcTable.length, (crcTable[128] ?? 0) | 0);
const big: number[] = [];
for (let i = 0; i < 300; i++) big.push((i * 7 + 3) & 0xff);
console.log(crc32(big), crc16(big), adler32(big), crc8(big));
// a frame with its checksum appended verifies to a constant residue
const frame = bytesOf("PING");
const c16 = crc16(frame);
frame.push(c16 >> 8, c16 & 0xff);
console.log(frame, crc16(frame), crc32([0xde, 0xad, 0xbe, 0xef]) | 0);
