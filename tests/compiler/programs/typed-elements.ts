// @qemu
// Typed-array elements through `[i]`: stores convert as each kind does (wrap, clamp, round to float),
// compound assignment and ++/-- read then write, reads outside the array are undefined and writes
// there are ignored; a checksum and a histogram built with them.
function conversions(): void {
  const u8 = new Uint8Array(4);
  u8[0] = 300;
  u8[1] = -1;
  u8[2] = 3.99;
  u8[3] = NaN;
  const i8 = new Int8Array(3);
  i8[0] = 200;
  i8[1] = -129;
  i8[2] = 127.5;
  const c8 = new Uint8ClampedArray(4);
  c8[0] = 300;
  c8[1] = -5;
  c8[2] = 1.5;
  c8[3] = 2.5;
  const u16 = new Uint16Array(2);
  u16[0] = 70000;
  u16[1] = -2;
  const i32 = new Int32Array(2);
  i32[0] = 2 ** 31;
  i32[1] = -(2 ** 33) + 5;
  const f32 = new Float32Array(2);
  f32[0] = 0.1;
  f32[1] = 1e40;
  console.log(u8, i8, c8, u16, i32, f32);
  console.log((u8[0] = 1000), u8[0], (f32[0] = 0.3), f32[0]);
}

function compound(): void {
  const f64 = new Float64Array(3);
  f64[0]! += 0.5;
  f64[0]! += 0.25;
  f64[1]! -= 1;
  f64[2]! **= 2;
  const before = f64[1]!--;
  ++f64[2]!;
  console.log(f64, before);
  const u8 = new Uint8Array([250, 5]);
  u8[0]! += 10;
  u8[1]! -= 10;
  u8[0]!++;
  const wrapped = (u8[1]! *= 3);
  u8[1]! |= 0x80;
  console.log(u8, wrapped);
}

function bounds(): void {
  const a = new Int16Array(2);
  a[5] = 7;
  a[-1] = 3;
  console.log(a, a[5], a[-1], a[2] === undefined, a[1] === undefined, `${a[9]}`, a.length);
  const v = a[3] ?? -1;
  console.log(v, a[0] ?? -1);
}

function checksum(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}

function histogram(text: string): Uint16Array {
  const counts = new Uint16Array(26);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) counts[c]!++;
  }
  return counts;
}

conversions();
compound();
bounds();
const bytes = new Uint8Array(16);
for (let i = 0; i < bytes.length; i++) bytes[i] = i * 37 + 11;
console.log(bytes, checksum(bytes));
const h = histogram("hello typed arrays");
let top = 0;
for (let i = 1; i < h.length; i++) if (h[i]! > h[top]!) top = i;
console.log(String.fromCharCode(97 + top), h[top], h[4], h[25]);
