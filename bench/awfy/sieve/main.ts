// Sieve: counts the primes up to 5000 with the sieve of Eratosthenes over a boolean array.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

function sieve(size: number): number {
  const composite: boolean[] = [];
  for (let i = 0; i <= size; i++) composite.push(false);
  let primes = 0;
  for (let p = 2; p <= size; p++) {
    if (composite[p] !== true) {
      primes++;
      for (let m = p * p; m <= size; m += p) composite[m] = true;
    }
  }
  return primes;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = sieve(5000);
  if (result !== 669) {
    console.log(`FAIL Sieve: ${result}`);
    exit(1);
  }
}
console.log(`Sieve: ${result}`);
