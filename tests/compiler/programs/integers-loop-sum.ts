import { i32 } from "regen";

let acc: i32 = i32(1);
for (let i = 1; i <= 40; i++) {
  acc = i32(acc * 31 + i);
  console.log(i, acc);
}
