import { i32, u32 } from "regen";

// FNV-1a and a multiply-xorshift hash over numbers 0..49, all in 32-bit integers.
let fnv: u32 = u32(2166136261);
let mx: i32 = i32(0);
for (let i = 0; i < 50; i++) {
  fnv = u32((fnv ^ (i & 255)) * 16777619);
  mx = i32(mx + i * 0x9e3779b9);
  mx = i32(mx ^ (mx >>> 15));
  console.log(i, fnv, mx, fnv % 1000, mx % 1000);
}
