// console.log evaluates every argument before it prints any: a later argument that sorts or bumps shows.
const xs = [3, 1, 2];
console.log(xs, xs.sort());
let n = 1;
const bump = (): number => ++n;
console.log(n, bump(), n);
console.log(`a ${n} b ${bump()}`);
