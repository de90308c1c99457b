// @qemu
// slice, substring and substr with negative, swapped, fractional and out-of-range positions
const s = "abcdefghij";
console.log(s.slice(2), s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2) === "");
console.log(s.slice(), s.slice(0, 100), s.slice(-100, 3), s.slice(1.7, 4.2));
console.log(s.substring(2, 5), s.substring(5, 2), s.substring(-4, 3), s.substring(7));
console.log(s.substring(3, 3) === "", s.substring(8, 100), s.substring(NaN, 2));
console.log(s.substr(2, 3), s.substr(-4, 2), s.substr(7), s.substr(3, 0) === "", s.substr(-20, 2));
const words: string[] = [];
for (let i = 0; i < s.length; i += 3) words.push(s.slice(i, i + 3));
console.log(words.join("|"), words.length);
console.log(s.charAt(0), s.charAt(9), s.charAt(10) === "", s.charAt(-1) === "");
console.log(s.at(0), s.at(-1), s.at(-10), s.at(10), s.at(-11));
console.log(s[3], s[9], s[10]);
