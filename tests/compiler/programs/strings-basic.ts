// @qemu
const greeting = "hello";
let name = "world";
const joined = greeting + ", " + name + "!";
console.log(joined);
console.log(`${greeting} ${name} ${1 + 2} ${true} ${-0} ${0.1 + 0.2}`);
name += " again";
console.log(name, name === "world again", name !== "x");
function shout(s: string, times: number): string {
  let out = "";
  for (let i = 0; i < times; i++) out = out + s + "!";
  return out;
}
console.log(shout("hey", 3));
console.log("a" < "b", "b" < "a", "abc" <= "abc", "Z" > "a");
let maybe: string | null = null;
console.log(maybe === null, maybe == null);
maybe = "set";
console.log(maybe !== null, maybe);
const n = 42;
console.log("n=" + n, n + "!", "x" + true);
