// @qemu
// toUpperCase / toLowerCase on ASCII and beyond, case-insensitive compare
const samples = ["Hello World", "ÀÉÎÕÜ", "straße", "ΣΙΣΥΦΟΣ", "mixed123CASE", ""];
for (const s of samples) console.log(`${s}|${s.toUpperCase()}|${s.toLowerCase()}`);
function eqIgnoreCase(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
console.log(eqIgnoreCase("ReGeN", "regen"), eqIgnoreCase("abc", "abd"));
const title = "the quick brown fox"
  .split(" ")
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join(" ");
console.log(title);
let flipped = "";
for (const ch of "AbCdEf") flipped += ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
console.log(flipped, flipped.length);
