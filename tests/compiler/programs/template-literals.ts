// @qemu
import { i32, u32 } from "regen";

const n = 42;
const f = 0.1 + 0.2;
const b = true;
console.log(`n=${n} f=${f} b=${b} neg0=${-0} nan=${NaN} inf=${-Infinity}`);
console.log(`${i32(-5)}|${u32(-5)}|${"inner"}|${n > 40}`);
console.log(`no substitutions`, `multi
line`, "tab\there", "quote\"s", 'single', "unicode é ü 日本 😀");
console.log(`${1e21}${1e-7}${123456789012345680000}`, "100%");
console.log();
console.log("");
console.log("a", "", "b");
