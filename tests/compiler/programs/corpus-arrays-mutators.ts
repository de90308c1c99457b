// @qemu
// push, pop, shift, unshift, splice, reverse, fill and length changes, with return values
const a: number[] = [1, 2, 3];
console.log(a.push(4, 5), a.pop(), a.shift(), a.unshift(-1, 0), a);
console.log(a.splice(1, 2), a);
console.log(a.splice(1, 0, 7, 8), a);
console.log(a.splice(-1), a, a.splice(1), a);
const b = [5, 6, 7, 8, 9];
console.log(b.splice(2, 1, 70, 71, 72), b, b.length);
console.log(b.reverse(), b.reverse() === b);
console.log(b.fill(0, 1, 3));
console.log(b.fill(9));
const c: string[] = [];
console.log(c.pop(), c.shift(), c.length);
b.splice(2);
console.log(b);
const d = [1, 2, 3, 4, 5, 6];
while (d.length > 0) {
  const x = d.shift() ?? 0;
  if (x % 2 === 0) d.push(x - 1);
  if (d.length > 8) break;
  console.log(x, d.join(""));
}
