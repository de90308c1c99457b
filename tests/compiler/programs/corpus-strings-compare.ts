// @qemu
// string comparison, equality, concatenation in loops, sorting strings
const a: string = "apple";
const b: string = "Apple";
console.log(a < b, a > b, a === b, a !== b, a <= "apple", "" < "a", "a" < "aa");
console.log("Z" < "a", "10" < "9", "abc" >= "abd");
let built = "";
for (let i = 0; i < 5; i++) built += String(i) + (i < 4 ? "-" : "");
console.log(built, built.length, built === "0-1-2-3-4");
const names = ["delta", "Alpha", "charlie", "bravo", "Echo"];
const sorted = names.slice().sort();
console.log(sorted);
console.log(names.slice().sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : 1)));
const longest = names.reduce((best, n) => (n.length > best.length ? n : best), "");
console.log(longest);
console.log("x" + 1 + 2, 1 + 2 + "x", "n=" + -0);
