// @qemu
// Per-iteration let bindings in for, for...of and while loops, captured by closures
const fs: (() => number)[] = [];
for (let i = 0; i < 4; i++) fs.push(() => i * 10);
console.log(fs.map((f) => f()));
const gs: (() => string)[] = [];
for (const w of ["a", "b", "c"]) gs.push(() => w + w);
console.log(gs.map((g) => g()).join(" "));
const hs: (() => number)[] = [];
let j = 0;
while (j < 3) {
  const k = j * j;
  hs.push(() => k);
  j++;
}
console.log(
  hs.map((h) => h()),
  j,
);
const counters: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  let c = i;
  counters.push(() => ++c);
}
for (const i of [0, 0, 2]) {
  const f = counters[i];
  if (f !== undefined) f();
}
console.log(counters.map((f) => f()));
const late: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  late.push(() => i);
  i++;
}
console.log(late.map((f) => f()));
