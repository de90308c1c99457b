// @qemu
// parseInt and parseFloat with radix, prefixes, whitespace, junk; Number(x)
const ints: [string, number][] = [
  ["42", 10],
  ["  -17px", 10],
  ["ff", 16],
  ["0x1A", 16],
  ["0x1A", 0],
  ["z", 36],
  ["101", 2],
  ["9", 8],
  ["", 10],
  ["12e3", 10],
];
for (const [s, r] of ints) console.log(`parseInt(${s}, ${r}) =`, parseInt(s, r));
console.log(parseInt("0x10"), parseInt("010"), parseInt("-0"), parseInt("123456789012345678901234"));
const floats = [
  "3.14",
  "  -2.5e-3xyz",
  ".5",
  "5.",
  "Infinity",
  "-Infinity",
  "1e400",
  "abc",
  "0.1e",
  "1e-400",
];
for (const s of floats) console.log(`parseFloat(${s}) =`, parseFloat(s));
console.log(Number("  12  "), Number(""), Number("0x1f"), Number("0b101"), Number("1_000"), Number("12px"));
console.log(Number(true), Number(null), Number(undefined), Number("-0"), Number("0o17"));
console.log(Number.parseInt("77", 8), Number.parseFloat("6.02e23"));
