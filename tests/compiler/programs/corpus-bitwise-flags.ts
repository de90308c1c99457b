// @qemu
// Bit flags: set, clear, toggle, test, popcount and a bitset stored in a number array of int32 words
const READ = 1 << 0;
const WRITE = 1 << 1;
const EXEC = 1 << 2;
let perms = READ | EXEC;
console.log(perms, (perms & WRITE) !== 0, (perms & EXEC) !== 0);
perms |= WRITE;
perms &= ~READ;
perms ^= EXEC;
console.log(perms, perms.toString(2));
function popcount(v: number): number {
  let n = 0;
  let x = v >>> 0;
  while (x !== 0) {
    x &= x - 1;
    n++;
  }
  return n;
}
console.log(popcount(0), popcount(255), popcount(-1), popcount(0x80000001));
const bits = [0, 0, 0, 0];
const set = (i: number): void => {
  bits[i >> 5] = (bits[i >> 5] ?? 0) | (1 << (i & 31));
};
const has = (i: number): boolean => ((bits[i >> 5] ?? 0) & (1 << (i & 31))) !== 0;
for (const i of [0, 5, 31, 32, 63, 100, 127]) set(i);
const found: number[] = [];
for (let i = 0; i < 128; i++) if (has(i)) found.push(i);
console.log(
  found,
  bits[0],
  bits[3],
  bits.map((w) => (w >>> 0).toString(16)),
);
