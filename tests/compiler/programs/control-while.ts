let n = 27;
let steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
  if (steps % 10 === 0) console.log("step", steps, n);
}
console.log("collatz 27 steps", steps);
let i = 0;
while (true) {
  i++;
  if (i === 3) continue;
  if (i > 6) break;
  console.log("i", i);
}
