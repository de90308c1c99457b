import { exit } from "regen";

console.log("before exit");
function check(n: number): number {
  if (n > 3) exit(0);
  return n;
}
for (let i = 0; i < 10; i++) console.log("check", check(i));
console.log("never printed");
