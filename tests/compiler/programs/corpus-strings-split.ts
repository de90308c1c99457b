// @qemu
// split with separators, empty separator, limit, missing separator
const csv = "a,b,,c,";
console.log(csv.split(","), csv.split(",").length);
console.log(csv.split(",", 2), csv.split(",", 0), csv.split(""), "".split(","), "".split(""));
console.log("one  two three".split(" "), "abc".split(), "a--b--c".split("--"));
console.log("aaaa".split("aa"), "xyz".split("xyz"), "hello".split("l"));
const line = "key1=value1;key2=value2;key3=";
for (const pair of line.split(";")) {
  const [k, v] = pair.split("=");
  console.log(`${k} -> [${v}]`);
}
const parts = "10 20 30 40".split(" ").map((p) => parseInt(p, 10));
console.log(
  parts,
  parts.reduce((a, b) => a + b, 0),
);
