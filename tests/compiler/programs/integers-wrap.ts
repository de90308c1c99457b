// @qemu
import { i32, u32, u8 } from "regen";

let a: i32 = i32(2147483647);
let b: u32 = u32(4294967295);
let c: u8 = u8(255);
console.log(a, b, c);
a = i32(a + 1);
b = u32(b + 1);
c = u8(c + 1);
console.log(a, b, c);
console.log(i32(-1), u32(-1), u8(-1), i32(4294967296 + 5), u32(-2147483649), u8(1000.7));
console.log(i32(1e20), i32(NaN), u32(Infinity), u8(-Infinity), i32(-0), u32(3.99), i32(-3.99));
console.log(i32(123456789 * 1000), u32(123456789 * 1000), i32(2 ** 31), i32(2 ** 32 + 2 ** 31));
let h: u32 = u32(2166136261);
for (let i = 0; i < 10; i++) {
  h = u32((h ^ i) * 16777619);
  console.log(h);
}
