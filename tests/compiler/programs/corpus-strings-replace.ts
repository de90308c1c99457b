// @qemu
// replace and replaceAll with string patterns and $ patterns, concat
const s = "one fish two fish red fish";
console.log(s.replace("fish", "cat"));
console.log(s.replaceAll("fish", "cat"));
console.log(s.replace("bird", "cat") === s, s.replaceAll(" ", ""));
console.log("aaa".replaceAll("a", "ab"), "aaa".replace("", "-"), "abc".replaceAll("", "."));
console.log("price: 5".replace("5", "$$5"), "x=1".replace("1", "[$&]"));
console.log("abcde".replace("c", "<$`>"), "abcde".replace("c", "<$'>"));
console.log("a".concat("b"), "".concat(""), "x".concat("y").concat("z"));
let text = "{name} is {age} years; {name}!";
const vars: [string, string][] = [
  ["{name}", "Ada"],
  ["{age}", "36"],
];
for (const [k, v] of vars) text = text.replaceAll(k, v);
console.log(text);
