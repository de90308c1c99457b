// @qemu
import { i32, u32 } from "regen";

const x: i32 = i32(-123456);
const y: u32 = u32(0xdeadbeef);
console.log(x & 0xff, x | 0xf0f0, x ^ -1, ~x, x << 3, x >> 3, x >>> 3);
console.log(y & 0xff, y | 1, y ^ y, ~y, y << 4, y >> 4, y >>> 4);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 0, -1 >> 31, -1 >>> 31, 5 >> -1);
console.log(3.7 | 0, -3.7 | 0, 2 ** 40 | 0, 1e21 | 0, NaN | 0, Infinity >>> 0);
let v: u32 = u32(1);
for (let i = 0; i < 35; i++) {
  console.log(i, v, v << 1, i32(v), u32(v * 3));
  v = u32(v << 1 | 1);
}
