// @qemu
// Q16.16 fixed-point arithmetic as firmware without an FPU uses: conversion to/from numbers, add/sub
// with int32 wrap, multiply via 16-bit halves and Math.imul, division by long division, square root by
// Newton iteration, a fixed-point sine table with interpolation, and error against Math.
const ONE = 1 << 16;

const toFix = (x: number): number => Math.round(x * ONE) | 0;
const fromFix = (f: number): number => f / ONE;
const add = (a: number, b: number): number => (a + b) | 0;
const sub = (a: number, b: number): number => (a - b) | 0;

function mul(a: number, b: number): number {
  // (a * b) >> 16 without overflowing doubles' exact range: split b into 16-bit halves
  const neg = a < 0 !== b < 0;
  const ua = Math.abs(a);
  const ub = Math.abs(b);
  const hi = Math.imul(ua, ub >>> 16);
  const lo = Math.floor((ua * (ub & 0xffff)) / ONE);
  const r = (hi + lo) | 0;
  return neg ? -r | 0 : r;
}

function div(a: number, b: number): number {
  if (b === 0) return a >= 0 ? 0x7fffffff : -0x80000000;
  const neg = a < 0 !== b < 0;
  let rem = Math.abs(a);
  const d = Math.abs(b);
  let q = Math.floor(rem / d);
  rem = rem - q * d;
  for (let i = 0; i < 16; i++) {
    rem *= 2;
    q *= 2;
    if (rem >= d) {
      rem -= d;
      q += 1;
    }
  }
  return neg ? -q | 0 : q | 0;
}

function sqrtFix(a: number): number {
  if (a <= 0) return 0;
  let x = a > ONE ? a >> 1 : ONE;
  for (let i = 0; i < 20; i++) {
    const nx = (x + div(a, x)) >> 1;
    if (nx === x) break;
    x = nx;
  }
  return x;
}

const SIN_STEPS = 64;
const sinTable: number[] = [];
for (let i = 0; i <= SIN_STEPS; i++) sinTable.push(toFix(Math.sin((i / SIN_STEPS) * (Math.PI / 2))));

function sinFix(turnFraction: number): number {
  // angle as a fraction of a quarter turn in Q16.16, 0..ONE
  const pos = turnFraction * SIN_STEPS;
  const i = pos >> 16;
  const frac = pos & 0xffff;
  const a = sinTable[i] ?? 0;
  const b = sinTable[Math.min(i + 1, SIN_STEPS)] ?? a;
  return a + mul(b - a, frac);
}

const pairs = [
  [1.5, 2.25],
  [-3.75, 0.5],
  [100.125, -0.001],
  [0.0001, 0.0001],
  [32767.5, 1.5],
];
for (const [x, y] of pairs) {
  const a = toFix(x ?? 0);
  const b = toFix(y ?? 0);
  console.log(
    `${x} ${y}:`,
    a,
    b,
    fromFix(add(a, b)),
    fromFix(sub(a, b)),
    fromFix(mul(a, b)).toFixed(4),
    fromFix(div(a, b)).toFixed(4),
  );
}
console.log(
  add(0x7fffffff, 1),
  sub(-0x80000000, 1),
  div(ONE, 0),
  div(-ONE, 0),
  toFix(-0.5),
  fromFix(toFix(Math.PI)),
);
for (const v of [0, 0.25, 1, 2, 10, 1000, 12345.678]) {
  const s = fromFix(sqrtFix(toFix(v)));
  console.log(`sqrt ${v} = ${s.toFixed(5)} err ${Math.abs(s - Math.sqrt(v)).toExponential(2)}`);
}
let worst = 0;
for (let k = 0; k <= 20; k++) {
  const f = Math.round((k / 20) * ONE);
  const err = Math.abs(fromFix(sinFix(f)) - Math.sin((f / ONE) * (Math.PI / 2)));
  worst = Math.max(worst, err);
}
console.log("sin table", sinTable.length, sinTable[32], "worst error", worst.toExponential(3), worst < 1e-3);
