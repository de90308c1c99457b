// @qemu
// charCodeAt, codePointAt, String.fromCharCode, fromCodePoint, surrogate pairs and iteration
const s = "Aé€😀";
console.log(s.length);
for (let i = 0; i < s.length; i++) console.log(i, s.charCodeAt(i), s.codePointAt(i));
console.log(s.charCodeAt(99), s.codePointAt(99));
console.log(
  String.fromCharCode(72, 101, 108, 108, 111),
  String.fromCharCode(65536 + 66),
  String.fromCharCode(),
);
console.log(String.fromCodePoint(128512) === "😀", String.fromCodePoint(97, 98, 99));
let n = 0;
for (const ch of s) {
  n++;
  console.log(`cp ${ch.length}`);
}
console.log("code points", n);
let hash = 0;
for (let i = 0; i < s.length; i++) hash = (hash * 31 + s.charCodeAt(i)) | 0;
console.log("hash", hash);
try {
  String.fromCodePoint(0x110000);
} catch (e) {
  console.log("range", e instanceof RangeError);
}
