// @qemu
// indexOf, lastIndexOf, includes, startsWith, endsWith with and without positions
const s = "the cat sat on the mat";
console.log(s.indexOf("at"), s.indexOf("at", 6), s.indexOf("at", 100), s.indexOf("dog"));
console.log(s.indexOf(""), s.indexOf("", 5), s.indexOf("", 99));
console.log(s.lastIndexOf("at"), s.lastIndexOf("at", 10), s.lastIndexOf("the", 0), s.lastIndexOf("x"));
console.log(s.lastIndexOf(""), s.lastIndexOf("", 3));
console.log(s.includes("sat"), s.includes("sat", 9), s.includes(""), s.includes("Mat"));
console.log(s.startsWith("the"), s.startsWith("cat", 4), s.startsWith("cat", 5), s.startsWith(""));
console.log(s.endsWith("mat"), s.endsWith("sat", 11), s.endsWith("the", 3), s.endsWith("", 0));
console.log(s.indexOf("at", -5), s.startsWith("the", -3), s.endsWith("mat", 1000));
let count = 0;
let pos = s.indexOf("at");
while (pos >= 0) {
  count++;
  pos = s.indexOf("at", pos + 1);
}
console.log("occurrences", count);
