// @qemu
// Template literals: interpolation of numbers (formatting as String(x)), booleans, null/undefined,
// arrays (joined with commas), objects with toString, nested templates, expressions with calls and
// ternaries, multi-line text with escapes, and building larger text in loops.
class Version {
  constructor(
    readonly major: number,
    readonly minor: number,
  ) {}
  toString(): string {
    return `v${this.major}.${this.minor}`;
  }
}

const n = 0.1 + 0.2;
const big = 2 ** 70;
const tiny = 1e-7;
const neg = -0;
const nothing: string | null = null;
const lookup = (k: string): number | undefined => (k === "x" ? 1 : undefined);
const undef = lookup("y");
console.log(`${n} ${big} ${tiny} ${neg} ${NaN} ${-Infinity} ${1e21} ${123456789012}`);
console.log(
  `${true}/${false} ${nothing} ${undef} [${[1, 2, [3, 4]]}] [${[]}] [${["a", null, undefined, "b"]}]`,
);
const v = new Version(2, 14);
console.log(`${v} ${[v, new Version(0, 1)]} ${`nested ${`deeper ${v.major * 10}`}`}`);
const items = ["bolt", "nut", "gear"];
console.log(
  `${items.length} item${items.length === 1 ? "" : "s"}: ${items.map((s, i) => `${i + 1}.${s.toUpperCase()}`).join(", ")}`,
);
const multi = `line one
  line two\ttabbed
line three \${not interpolated} \`backticks\` \\ end`;
console.log(multi, multi.split("\n").length, multi.length);
let table = "";
for (let r = 1; r <= 4; r++) {
  let row = "";
  for (let c = 1; c <= 4; c++) row += `${String(r * c).padStart(3)}`;
  table += `${r}:${row}${r < 4 ? "\n" : ""}`;
}
console.log(table);
const price = 1234.5;
const qty = 3;
console.log(
  `Total: ${(price * qty).toFixed(2)} (${qty} × ${price}) ${qty > 2 ? "bulk" : "single"} ${`${qty}`.length}`,
);
console.log(
  `unicode ${"é"}${"😀"} ${"\u0041\u030A"} ${String.fromCharCode(9731)}`,
  `${""}`.length,
  `a${"b"}c` === "abc",
);
