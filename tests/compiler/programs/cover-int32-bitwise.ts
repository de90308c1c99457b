// @qemu
// Bitwise operators with JavaScript's int32/uint32 semantics: ToInt32 of large, negative, fractional,
// NaN and infinite operands, shifts by counts >= 32 and negative counts, >>> making unsigned results,
// sign extension, packing/unpacking bit fields, and register-style flag manipulation with i32/u32/u8.
import { i32, u32, u8 } from "regen";

function conversions(): void {
  const xs = [
    0,
    -0,
    1.9,
    -1.9,
    2 ** 31,
    2 ** 32,
    2 ** 32 + 5,
    -(2 ** 31) - 1,
    4294967295.5,
    1e21,
    NaN,
    Infinity,
    -Infinity,
    2 ** 53 - 1,
  ];
  console.log(xs.map((x) => x | 0));
  console.log(xs.map((x) => x >>> 0));
  console.log(xs.map((x) => ~x));
  console.log(xs.map((x) => x & 0xff));
}

function shifts(): void {
  const v = 0x80000001;
  console.log(
    v << 1,
    v >> 1,
    v >>> 1,
    1 << 31,
    1 << 32,
    1 << 33,
    1 << -1,
    -1 >> 40,
    -1 >>> 0,
    -1 >>> 32,
    -8 >> 1,
    -8 >>> 1,
  );
  console.log(5 << 1.9, 5 >> 33.5, (2 ** 40) >> 0, (2 ** 40 + 7) << 2, 0xdeadbeef >> 16, 0xdeadbeef >>> 16);
  console.log(
    0xf0f0 ^ 0xff00,
    0xaaaaaaaa | 0x55555555,
    0xaaaaaaaa & 0xffff0000,
    ~0xffffffff,
    ~~3.7,
    ~~-3.7,
    -1 ^ 0x12345678,
  );
}

function fields(): void {
  // a packed 32-bit RGBA colour and a packed date (7 bits year offset, 4 bits month, 5 bits day)
  const pack = (r: number, g: number, b: number, a: number): number =>
    ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
  const c = pack(255, 128, 7, 200);
  console.log(
    c,
    c.toString(16),
    (c >>> 24) & 255,
    (c >> 24) & 255,
    (c >> 16) & 255,
    (c >> 8) & 255,
    c & 255,
    c | 0,
  );
  const date = ((2026 - 1980) << 9) | (11 << 5) | 27;
  console.log(date, (date >> 9) + 1980, (date >> 5) & 15, date & 31);
  let popcount = 0;
  for (let x = 0xf00fa5a5 >>> 0; x !== 0; x = x >>> 1) popcount += x & 1;
  console.log("popcount", popcount);
}

function registers(): void {
  let ctrl: u32 = u32(0);
  const ENABLE = 1 << 0;
  const IRQ = 1 << 3;
  const MODE_MASK = 0x7 << 4;
  ctrl = u32(ctrl | ENABLE | IRQ);
  ctrl = u32((ctrl & ~MODE_MASK) | (5 << 4));
  console.log(ctrl, (ctrl & MODE_MASK) >> 4, (ctrl & IRQ) !== 0, ctrl.toString(2).padStart(8, "0"));
  ctrl = u32(ctrl & ~IRQ);
  ctrl = u32(ctrl | 0x80000000);
  console.log(ctrl, ctrl | 0, (ctrl & IRQ) !== 0);
  let acc: i32 = i32(0x7ffffff0);
  for (let i = 0; i < 3; i++) acc = i32(acc + 10);
  let b: u8 = u8(250);
  for (let i = 0; i < 3; i++) b = u8(b + 3);
  console.log(acc, b, i32(-1.5), u32(-1), u8(-1), u8(256 + 7), i32(2 ** 31), Math.imul(acc, 3));
}

conversions();
shifts();
fields();
registers();
