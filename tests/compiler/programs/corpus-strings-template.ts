// @qemu
// template literals with nested expressions, numbers, booleans, calls and nesting
const n = 42;
const f = 0.1 + 0.2;
const ok = true;
console.log(`n=${n} f=${f} ok=${ok} neg=${-n} half=${n / 2}`);
console.log(`big ${1e21} small ${1e-7} inf ${1 / 0} nan ${0 / 0}`);
function label(x: number): string {
  return x > 0 ? "pos" : x < 0 ? "neg" : "zero";
}
console.log(`${label(3)}/${label(-1)}/${label(0)}`);
const inner = `in${n}`;
console.log(`outer(${inner}) nested(${`x${`y${n}`}`})`);
console.log(`multi
line
  text`);
const items = ["a", "b"];
console.log(`items: ${items.join(", ")} count=${items.length}`);
console.log(`${""}${""}` === "", `\`tick\``, `dollar $ {not} \${n}`);
