// @qemu
// Bitwise operators with ToInt32/ToUint32 on large, negative, fractional and special values
const vs = [
  0,
  1,
  -1,
  2 ** 31,
  2 ** 32,
  2 ** 32 + 5,
  -(2 ** 31) - 1,
  3.99,
  -3.99,
  1e20,
  NaN,
  Infinity,
  0x7fffffff,
];
for (const v of vs) console.log(v, v | 0, v >>> 0, ~v, v & 0xff, v ^ 0x55, v >> 1, v << 1);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 28, -16 >> 2, -16 >>> 2, 5 >> -1);
console.log(0xdeadbeef | 0, 0xdeadbeef >>> 0, ~~12.7, ~~-12.7, (0xf0 & 0x3c) | 0x01);
let crc = 0xffffffff;
const data = [0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
for (const byte of data) {
  crc ^= byte;
  for (let k = 0; k < 8; k++) crc = (crc & 1) !== 0 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
}
console.log("crc32", (crc ^ 0xffffffff) >>> 0, ((crc ^ 0xffffffff) >>> 0).toString(16));
let x = 0x12345678;
x = ((x << 8) | (x >>> 24)) >>> 0;
console.log(x.toString(16));
