// @qemu
let calls = 0;
function t(tag: number): boolean {
  calls++;
  console.log("t", tag);
  return true;
}
function f(tag: number): boolean {
  calls++;
  console.log("f", tag);
  return false;
}
console.log(t(1) && f(2), f(3) && t(4), t(5) || f(6), f(7) || t(8), !t(9));
console.log(t(10) ? 1 : 2, f(11) ? 1 : 2, calls);
let a = 5;
let b = 7;
a = a + 0;
b = b + 0;
console.log(a < b && b < 10, a > b || b === 7, !(a === 5), a !== b, t(12) === true, f(13) !== false);
console.log(a < b ? (b < 10 ? 1 : 2) : 3);
