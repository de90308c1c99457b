import { i32, u32, u8 } from "regen";

function mix(a: number, b: i32, c: u32, d: u8, e: boolean): number {
  console.log("mix", a, b, c, d, e);
  return e ? a + b + c + d : a - b;
}
function none(): void {
  console.log("none called");
}
function early(n: number): void {
  if (n > 2) {
    console.log("early return", n);
    return;
  }
  console.log("late", n);
}
console.log(mix(1.5, i32(-2), u32(3), u8(4), true), mix(1.5, i32(-2), u32(3), u8(4), false));
none();
early(1);
early(5);
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = b;
    b = a % b;
    a = t;
  }
  return a;
}
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9));
