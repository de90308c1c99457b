// @qemu
// trim variants, padStart/padEnd with fills, repeat
const raw = " \t\n padded \r\n ";
console.log(`[${raw.trim()}]`, `[${raw.trimStart()}]`.length, `[${raw.trimEnd()}]`.length);
console.log(`[${"   ".trim()}]`, `[${"x".trim()}]`);
console.log("5".padStart(3), "5".padStart(3, "0"), "5".padEnd(4, "ab"), "abc".padStart(2, "z"));
console.log("abc".padStart(10, "123"), "abc".padEnd(10, "123"), "abc".padStart(6, ""));
console.log("ab".repeat(0) === "", "ab".repeat(1), "-".repeat(10), "xy".repeat(2.9));
const rows: [string, number][] = [
  ["apples", 3],
  ["kiwi", 12],
  ["bananas", 140],
];
for (const [name, qty] of rows) console.log(`${name.padEnd(8, ".")}${String(qty).padStart(5)}|`);
try {
  console.log("a".repeat(-1));
} catch (e) {
  console.log("caught", e instanceof RangeError);
}
