import { i32, u32, u8 } from "regen";

const a: i32 = i32(-1);
const b: u32 = u32(4294967295);
const c: u8 = u8(200);
console.log(a < b, a === i32(b), b > c, c > a, a < 0, b > 4294967294, c === 200);
console.log(a <= i32(a + 1), b >= u32(b - 1), c !== u8(c + 1), i32(b) === a, u32(a) === b);
let sum = 0;
for (let i: i32 = i32(0); i < 100; i = i32(i + 7)) {
  sum = sum + i;
}
console.log(sum);
