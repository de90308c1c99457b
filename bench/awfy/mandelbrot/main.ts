// Mandelbrot: escape iterations of a 48 × 48 grid over [-2, 1] × [-1.5, 1.5], at most 50 per point.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

const MAX_ITER = 50;

function escapeTime(cr: number, ci: number): number {
  let zr = 0;
  let zi = 0;
  for (let n = 0; n < MAX_ITER; n++) {
    const zr2 = zr * zr;
    const zi2 = zi * zi;
    if (zr2 + zi2 > 4) return n;
    zi = 2 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return MAX_ITER;
}

function render(size: number): number {
  let total = 0;
  for (let y = 0; y < size; y++) {
    const ci = (3 * y) / size - 1.5;
    for (let x = 0; x < size; x++) {
      total += escapeTime((3 * x) / size - 2, ci);
    }
  }
  return total;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = render(48);
  if (result !== 28783) {
    console.log(`FAIL Mandelbrot: ${result}`);
    exit(1);
  }
}
console.log(`Mandelbrot: ${result}`);
