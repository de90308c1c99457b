// Permute: generates all permutations of 7 values by swapping (Heap's method), with a checksum.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

class Permuter {
  private readonly values: number[] = [];
  count = 0;
  checksum = 0;

  constructor(n: number) {
    for (let i = 0; i < n; i++) this.values.push(i + 1);
  }

  private swap(i: number, j: number): void {
    const t = this.values[i] ?? 0;
    this.values[i] = this.values[j] ?? 0;
    this.values[j] = t;
  }

  permute(k: number): void {
    if (k === 1) {
      this.count++;
      // Weighs the first two positions so that a wrong swap changes the sum.
      this.checksum += (this.values[0] ?? 0) * 7 + (this.values[1] ?? 0);
      return;
    }
    for (let i = 0; i < k; i++) {
      this.permute(k - 1);
      this.swap(k % 2 === 0 ? i : 0, k - 1);
    }
  }
}

function run(): number {
  const p = new Permuter(7);
  p.permute(7);
  return p.count + p.checksum;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = run();
  if (result !== 166320) {
    console.log(`FAIL Permute: ${result}`);
    exit(1);
  }
}
console.log(`Permute: ${result}`);
