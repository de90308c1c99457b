import { i32 } from "regen";

let v: i32 = i32(0x12345678);
for (let s = 0; s < 40; s += 3) {
  console.log(s, v << s, v >> s, v >>> s, -v >> s, -v >>> s);
}
console.log(-2147483648 >> 31, -2147483648 >>> 31, 2147483647 << 1, 4294967295 >> 0);
