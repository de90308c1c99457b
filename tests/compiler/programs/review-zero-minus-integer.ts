// @qemu
// `0 - n` for an integer n (a loop counter, i32/u32/u8): +0 when n is 0, as JavaScript gives (gcc folds
// the C `0.0 - (double)n` into `-(double)n`, which is -0); checked through 1 / x and string forms
// (review of issue 4, session 3).
import { i32, u32, u8 } from "regen";

const ZERO = 0;

function sign(x: number): string {
  if (x === 0) return 1 / x > 0 ? "+0" : "-0";
  return x > 0 ? "+" : "-";
}

function counters(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    const mirrored = 0 - i;
    s += `${sign(mirrored)}${sign((1 - 1) - i)}${sign(ZERO - i)}${sign(-i)}${sign(0 * 5 - i)} `;
  }
  for (let i = 2; i >= 0; i--) s += `${1 / (0 - i)},`;
  const xs = [4, 5, 6];
  for (let i = 0; i < xs.length; i++) s += `${(0 - i) * xs[i]!}|`;
  return s;
}

function integers(): string {
  const vals = [0, 1, -1, 2147483647, -2147483648, 255, 256];
  let s = "";
  for (const v of vals) {
    const a = i32(v);
    const b = u32(v);
    const c = u8(v);
    s += `${0 - a}/${sign(0 - a)} ${0 - b}/${sign(0 - b)} ${0 - c}/${sign(0 - c)}; `;
  }
  return s;
}

function offsets(): string {
  // A typical use: positions relative to an origin, mirrored around 0.
  const out: number[] = [];
  for (let i = 0; i < 4; i++) out.push(0 - i, i - 0);
  const reversed = out.map((x) => 1 / (x === 0 ? x : 1));
  return `${out.join(",")} ${reversed.join(",")} ${JSON.stringify(out.slice(0, 2))}`;
}

console.log(counters(3));
console.log(integers());
console.log(offsets());
