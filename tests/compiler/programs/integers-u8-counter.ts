import { u8 } from "regen";

let c: u8 = u8(250);
for (let i = 0; i < 12; i++) {
  console.log(c, c * 2, c + 0.5, c === 0);
  c = u8(c + 1);
}
let d: u8 = u8(3);
for (let i = 0; i < 6; i++) {
  d = u8(d * 7);
  console.log(d, d & 15, d >> 2, d << 5);
}
